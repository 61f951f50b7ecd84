/**
 * The content library's starting set: the legal documents the plans cite, and standardized
 * messages, Q&A and materials written for this project from the seed plans' facts, approved as
 * issued by BHXH thành phố. Runs inside the first seed's transaction.
 */
import type { Payload, PayloadRequest } from 'payload'

import { paragraphs } from '../lib/richText'
import { cardImage } from './cardImage'
import { MATERIALS, MESSAGES, QUESTIONS, type LegalRef } from './data/content'
import { LEGAL_DOCUMENTS } from './data/legalDocuments'

type Id = number | string
export type ContentRefs = { audienceGroups: Map<string, Id>; topics: Map<string, Id>; organizations: Map<string, Id> }

export async function seedContent(payload: Payload, req: PayloadRequest, refs: ContentRefs): Promise<void> {
  const documents = new Map<string, Id>()
  for (const { key, amendedBy: _later, ...doc } of LEGAL_DOCUMENTS) {
    const created = await payload.create({ collection: 'legal-documents', data: doc as never, req, depth: 0 })
    documents.set(key, created.id)
  }
  // Statuses came with the documents; links to the amending documents need them all to exist first.
  for (const doc of LEGAL_DOCUMENTS.filter((d) => d.amendedBy?.length)) {
    await payload.db.updateOne({
      collection: 'legal-documents',
      id: documents.get(doc.key)!,
      data: { amendedBy: doc.amendedBy!.map((k) => documents.get(k)) },
      req,
      returning: false,
    })
  }

  const channels = new Map<string, Id>()
  for (const c of (await payload.find({ collection: 'channels', depth: 0, pagination: false, req, select: { code: true } })).docs) {
    channels.set(c.code, c.id)
  }
  const ids = (map: Map<string, Id>, codes: string[]) => codes.map((c) => map.get(c)).filter((id) => id !== undefined)
  const legal = (list: LegalRef[]) => list.map((r) => ({ document: documents.get(r.document), article: r.article }))
  const classification = (item: { audiences: string[]; topics: string[]; legal: LegalRef[] }) => ({
    audienceGroups: ids(refs.audienceGroups, item.audiences),
    topics: ids(refs.topics, item.topics),
    legalBasis: legal(item.legal),
    status: 'approved',
  })

  const messages = new Map<string, Id>()
  for (const m of MESSAGES) {
    const created = await payload.create({
      collection: 'messages',
      data: {
        title: m.title,
        short: m.short,
        body: paragraphs(m.body),
        ownerOrganization: refs.organizations.get('bhxh'),
        ...classification(m),
      } as never,
      req,
      depth: 0,
    })
    messages.set(m.key, created.id)
  }
  for (const q of QUESTIONS) {
    await payload.create({
      collection: 'questions',
      data: { question: q.question, answer: paragraphs(q.answer), source: 'staff', ...classification(q) } as never,
      req,
      depth: 0,
    })
  }
  for (const m of MATERIALS) {
    const image = await cardImage(m.image.headline, m.image.lines)
    const cover = await payload.create({
      collection: 'media',
      data: { alt: `${m.image.headline}: ${m.image.lines.join('; ')}`.slice(0, 500), credit: 'BHXH thành phố Hải Phòng' } as never,
      file: { data: image, mimetype: 'image/png', name: `${m.key}.png`, size: image.length },
      req,
      depth: 0,
    })
    await payload.create({
      collection: 'materials',
      data: {
        title: m.title,
        kind: m.kind,
        summary: m.summary,
        body: m.body ? paragraphs(m.body) : undefined,
        cover: cover.id,
        files: [cover.id],
        messages: ids(messages, m.messages),
        channels: ids(channels, m.channels),
        ...classification(m),
      } as never,
      req,
      depth: 0,
    })
  }
}

/**
 * Demo only: work in progress for the review queue — a message the demo editor sent for review
 * and one a reviewer returned with a reason — so a reviewer logging in has something to decide.
 */
export async function seedDemoReviewWork(payload: Payload, req: PayloadRequest, refs: ContentRefs, editorId: Id) {
  const law = (await payload.find({ collection: 'legal-documents', where: { number: { like: '41/2024' } }, limit: 1, depth: 0, req })).docs[0]
  const basis = law ? [{ document: law.id }] : []
  const items = [
    {
      title: 'Thanh niên: tham gia BHXH sớm, tích lũy cho tương lai',
      short: 'Đi làm sớm, đóng BHXH sớm: mỗi năm đóng là một năm tích lũy cho lương hưu sau này. Hỏi BHXH xã, phường để biết thêm.',
      audienceGroups: [refs.audienceGroups.get('5')],
      topics: [refs.topics.get('ND3')],
      status: 'in_review',
    },
    {
      title: 'Người sử dụng lao động: đóng đủ, đúng hạn BHXH cho người lao động',
      short: 'Đóng BHXH đủ, đúng hạn là trách nhiệm của doanh nghiệp và quyền lợi của người lao động.',
      audienceGroups: [refs.audienceGroups.get('2')],
      topics: [refs.topics.get('ND4')],
      status: 'draft',
      returnReason: 'Bổ sung mức xử phạt chậm đóng và căn cứ tại Nghị định hướng dẫn.',
    },
  ]
  for (const { status, returnReason, ...data } of items) {
    const created = await payload.create({
      collection: 'messages',
      data: { ...data, body: paragraphs([data.short]), legalBasis: basis, status, ownerOrganization: refs.organizations.get('bhxh') } as never,
      req,
      depth: 0,
    })
    // Seeded without a logged-in user: say who wrote (and who returned) it, as the workflow would have.
    await payload.db.updateOne({
      collection: 'messages',
      id: created.id,
      data: { createdBy: editorId, lastEditedBy: editorId, ...(returnReason ? { returnReason } : {}) },
      req,
      returning: false,
    })
  }
}
