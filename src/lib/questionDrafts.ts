import type { PayloadRequest } from 'payload'

import { roleOf } from '../access/user'
import { isContentAuthor } from '../domain/contentWorkflow'
import type { QuestionSource } from '../domain/questions'
import { relationId } from '../domain/relations'
import { problem } from './fieldError'

export type DraftSource = {
  question: string
  audienceGroups: unknown[]
  topics: unknown[]
  source: QuestionSource
  sourceNote: string
}

/** Only communications staff and reviewers write Q&A: the refusal to return otherwise. */
export function refuseUnlessContentAuthor(req: PayloadRequest): Response | null {
  return isContentAuthor(roleOf(req.user)) ? null : problem(403, 'Chỉ cán bộ truyền thông hoặc người duyệt mới tạo được bản nháp hỏi – đáp.')
}

/**
 * A question heard from the public (at an event, through the feedback form) becomes a Q&A draft
 * for communications staff, created as the user who clicked so the review workflow applies.
 */
export async function createQuestionDraft(req: PayloadRequest, from: DraftSource) {
  return req.payload.create({
    collection: 'questions',
    data: {
      question: from.question,
      audienceGroups: from.audienceGroups.map(relationId),
      topics: from.topics.map(relationId),
      source: from.source,
      sourceNote: from.sourceNote,
      status: 'draft',
    } as never,
    req,
    overrideAccess: false,
    user: req.user,
    depth: 0,
  })
}

export const draftCreated = (draft: { id: unknown }) => Response.json({ doc: draft, message: 'Đã tạo bản nháp hỏi – đáp.' }, { status: 201 })
export const draftExists = (id: unknown, what: string) =>
  Response.json({ doc: { id }, message: `${what} đã có bản nháp hỏi – đáp.` }, { status: 200 })
