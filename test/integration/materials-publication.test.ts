/**
 * Materials: scheduled publishing and expiry through the jobs queue, files that are public exactly
 * while their material is, and the REST API never showing a draft.
 */
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { UPDATE_PUBLICATION_TASK } from '../../src/jobs/updatePublicationStates'
import { countDownload } from '../../src/lib/downloadCount'
import { isRefused, reviewableRefs, seededPayload, userByEmail } from '../helpers'

let payload: Payload
let restGet: ReturnType<typeof REST_GET>
let graphql: ReturnType<typeof GRAPHQL_POST>
type U = Awaited<ReturnType<typeof userByEmail>>
let editor: U, reviewer: U
let refs: Record<string, unknown>

beforeAll(async () => {
  payload = await seededPayload()
  const config = import('../../payload.config').then((m) => m.default)
  restGet = REST_GET(config)
  graphql = GRAPHQL_POST(config)
  editor = await userByEmail(payload, 'editor@demo.loa')
  reviewer = await userByEmail(payload, 'reviewer@demo.loa')
  refs = await reviewableRefs(payload, 'T-2/2026')
})
afterAll(async () => {
  await payload?.destroy()
})

const as = (user: U) => ({ overrideAccess: false, user, depth: 0 })

async function image(name: string) {
  const data = await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 179, g: 38, b: 30 } } }).jpeg().toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt: `Ảnh minh họa ${name}` },
    file: { data, mimetype: 'image/jpeg', name: `${name}.jpg`, size: data.length },
    ...as(editor),
  })
}

async function approvedMaterial(title: string, dates: { publishDate?: string; expiryDate?: string }) {
  const cover = await image(title.replace(/\W+/g, '-'))
  const m = await payload.create({
    collection: 'materials',
    data: { title, kind: 'infographic', summary: 'Tóm tắt.', cover: cover.id, files: [cover.id], ...refs, ...dates, status: 'in_review' } as never,
    ...as(editor),
  })
  const approved = await payload.update({ collection: 'materials', id: m.id, data: { status: 'approved' } as never, ...as(reviewer) })
  return { material: approved, cover }
}

const anonymousGet = async (path: string) => {
  const [slug, ...rest] = path.split('/')
  return restGet(new Request(`http://localhost/api/${path}`), { params: Promise.resolve({ slug: [slug, ...rest] }) })
}

const runPublishing = async () => {
  await payload.jobs.queue({ task: UPDATE_PUBLICATION_TASK, input: {} })
  await payload.jobs.run()
}

it('a material scheduled for later is hidden, files included, until the publishing job finds its date has come', async () => {
  const soon = new Date(Date.now() + 1500).toISOString()
  const { material, cover } = await approvedMaterial('Infographic lên lịch', { publishDate: soon })
  expect(material.publication).toBe('scheduled')
  expect((await payload.findByID({ collection: 'media', id: cover.id })).isPublic).toBe(false)
  expect((await anonymousGet(`materials/${material.id}`)).status).toBe(404)
  expect((await anonymousGet(`media/${cover.id}`)).status).toBe(404)

  await new Promise((r) => setTimeout(r, 1700))
  // REST already follows the clock; the job updates the state, the files and the site's cache.
  expect((await anonymousGet(`materials/${material.id}`)).status).toBe(200)
  await runPublishing()
  expect((await payload.findByID({ collection: 'materials', id: material.id })).publication).toBe('public')
  expect((await payload.findByID({ collection: 'media', id: cover.id })).isPublic).toBe(true)
  expect((await anonymousGet(`media/${cover.id}`)).status).toBe(200)
})

it('a material past its expiry date disappears, and its files with it', async () => {
  const { material, cover } = await approvedMaterial('Tờ gấp hết hạn', { expiryDate: new Date(Date.now() + 1500).toISOString() })
  expect(material.publication).toBe('public')
  expect((await payload.findByID({ collection: 'media', id: cover.id })).isPublic).toBe(true)
  await new Promise((r) => setTimeout(r, 1700))
  await runPublishing()
  expect((await payload.findByID({ collection: 'materials', id: material.id })).publication).toBe('expired')
  expect((await payload.findByID({ collection: 'media', id: cover.id })).isPublic).toBe(false)
  expect((await anonymousGet(`materials/${material.id}`)).status).toBe(404)
})

it('retiring a material takes it and its files off the public API; drafts never appear there', async () => {
  const { material, cover } = await approvedMaterial('Video ngắn', {})
  const draft = await payload.create({
    collection: 'materials',
    data: { title: 'Bản nháp tài liệu', kind: 'leaflet', summary: 'Nháp.', ...refs } as never,
    ...as(editor),
  })
  const list = (await (await anonymousGet('materials')).json()) as { docs: { id: unknown; status: string }[] }
  expect(list.docs.map((d) => String(d.id))).toContain(String(material.id))
  expect(list.docs.map((d) => String(d.id))).not.toContain(String(draft.id))
  expect(list.docs.every((d) => d.status === 'approved')).toBe(true)

  await payload.update({ collection: 'materials', id: material.id, data: { status: 'retired' } as never, ...as(reviewer) })
  expect((await anonymousGet(`materials/${material.id}`)).status).toBe(404)
  expect((await payload.findByID({ collection: 'media', id: cover.id })).isPublic).toBe(false)
  expect(await isRefused(payload.findByID({ collection: 'materials', id: draft.id, overrideAccess: false }))).toBe(true)
})

it('GraphQL gives anonymous callers the same: approved and in their window only, no staff fields', async () => {
  const { material } = await approvedMaterial('Sổ tay hỏi đáp', {})
  const draft = await payload.create({
    collection: 'materials',
    data: { title: 'Sổ tay bản nháp', kind: 'handbook', summary: 'Nháp.', ...refs } as never,
    ...as(editor),
  })
  const ask = async (query: string) => {
    const res = await graphql(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
    )
    return (await res.json()) as { data?: { Materials?: { docs: { id: unknown; status: string; createdBy: unknown }[] } }; errors?: unknown[] }
  }
  const body = await ask('{ Materials(limit: 100) { docs { id status createdBy { email } } } }')
  const ids = body.data!.Materials!.docs.map((d) => String(d.id))
  expect(ids).toContain(String(material.id))
  expect(ids).not.toContain(String(draft.id))
  expect(body.data!.Materials!.docs.every((d) => d.status === 'approved' && d.createdBy === null)).toBe(true)
  const versions = await ask('{ versionsMaterials { docs { id } } }')
  expect(versions.data?.Materials).toBeUndefined()
  expect(JSON.stringify(versions)).not.toContain(String(draft.id))
})

it('thirty visitors downloading a public leaflet at the same moment count thirty downloads', async () => {
  // What the site's download route (/tai-lieu/<id>/tai-ve/<file>) does for each visitor.
  const { material } = await approvedMaterial('Tờ rơi tải nhiều', {})
  expect(material.downloadCount).toBe(0)
  const visitors = 30
  await Promise.all(Array.from({ length: visitors }, () => countDownload(payload, material.id)))
  const after = await payload.findByID({ collection: 'materials', id: material.id, depth: 0 })
  expect(after.downloadCount).toBe(visitors)
  // A download is not an edit: the material's last change stays the reviewer's.
  expect(after.updatedAt).toBe(material.updatedAt)
})
