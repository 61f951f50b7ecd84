/**
 * The public site's caches (src/lib/siteCache.ts) as the pages read through them
 * (src/lib/publicContent.ts): a cached answer is served for a few seconds, and the publishing job
 * and the content hooks empty it at once, so a scheduled publish shows on the site without waiting
 * and a retired item is gone at once. The pages are rendered in the browser tests; these are the
 * reads they make.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { PUBLIC_CACHE_SECONDS } from '../../src/domain/publicPages'
import { UPDATE_PUBLICATION_TASK } from '../../src/jobs/updatePublicationStates'
import { audienceGroups, contentForAudience, materialById, messageById } from '../../src/lib/publicContent'
import { reviewableRefs, seededPayload, userByEmail } from '../helpers'

let payload: Payload
type U = Awaited<ReturnType<typeof userByEmail>>
let editor: U, reviewer: U
let refs: Record<string, unknown>

beforeAll(async () => {
  payload = await seededPayload()
  editor = await userByEmail(payload, 'editor@demo.loa')
  reviewer = await userByEmail(payload, 'reviewer@demo.loa')
  refs = await reviewableRefs(payload, 'T-9/2026')
})
afterAll(async () => {
  await payload?.destroy()
})

const as = (user: U) => ({ overrideAccess: false, user, depth: 0 })

async function approved<C extends 'materials' | 'messages'>(collection: C, data: Record<string, unknown>) {
  const doc = await payload.create({ collection, data: { ...refs, ...data, status: 'in_review' } as never, ...as(editor) })
  return payload.update({ collection, id: doc.id, data: { status: 'approved' } as never, ...as(reviewer) })
}

const groupFive = async () => (await audienceGroups()).find((g) => g.code === '5')!
const materialTitlesForGroupFive = async () => (await contentForAudience(await groupFive())).materials.map((m) => m.title)

it('a material scheduled for later shows on the site as soon as the publishing job runs, not when the cache ages', async () => {
  const material = await approved('materials', {
    title: 'Tờ gấp lên lịch cho trang công khai',
    kind: 'leaflet',
    summary: 'Đăng theo lịch.',
    publishDate: new Date(Date.now() + 1500).toISOString(),
  })
  const filled = Date.now()
  expect(await materialById(String(material.id))).toBeNull()
  expect(await materialTitlesForGroupFive()).not.toContain(material.title)

  await new Promise((r) => setTimeout(r, 1700))
  // The date has come, but the site still answers from what it read: the cache is in use...
  expect(await materialById(String(material.id))).toBeNull()
  expect(await materialTitlesForGroupFive()).not.toContain(material.title)

  // ...until the job (a cron, outside any request) publishes the material and empties it.
  await payload.jobs.queue({ task: UPDATE_PUBLICATION_TASK, input: {} })
  await payload.jobs.run()
  expect((await materialById(String(material.id)))?.title).toBe(material.title)
  expect(await materialTitlesForGroupFive()).toContain(material.title)
  // Had the cache merely aged, this test would prove nothing.
  expect(Date.now() - filled).toBeLessThan(PUBLIC_CACHE_SECONDS * 1000)
})

it('a retired message leaves the site at once, an approved one appears at once', async () => {
  const message = await approved('messages', { title: 'Thông điệp thử bộ đệm', short: 'Tham gia BHYT hộ gia đình.' })
  expect((await messageById(String(message.id)))?.title).toBe(message.title)
  expect((await contentForAudience(await groupFive())).messages.map((m) => m.title)).toContain(message.title)

  await payload.update({ collection: 'messages', id: message.id, data: { status: 'retired' } as never, ...as(reviewer) })
  expect(await messageById(String(message.id))).toBeNull()
  expect((await contentForAudience(await groupFive())).messages.map((m) => m.title)).not.toContain(message.title)

  const next = await approved('messages', { title: 'Thông điệp mới thay thế', short: 'Mua BHYT qua VssID.' })
  expect((await contentForAudience(await groupFive())).messages.map((m) => m.title)).toContain(next.title)
})

it('without a change the site reads the database once per few seconds, not per visitor', async () => {
  const message = await approved('messages', { title: 'Thông điệp đọc một lần', short: 'Đọc từ bộ đệm.' })
  expect((await messageById(String(message.id)))?.title).toBe(message.title)
  // Changed behind the hooks' back (as another app process's write would be): still the cached title...
  await payload.db.updateOne({ collection: 'messages', id: message.id, data: { title: 'Tiêu đề đã đổi' }, returning: false })
  expect((await messageById(String(message.id)))?.title).toBe(message.title)
  // ...and the new one once the entry has aged.
  await new Promise((r) => setTimeout(r, PUBLIC_CACHE_SECONDS * 1000 + 100))
  expect((await messageById(String(message.id)))?.title).toBe('Tiêu đề đã đổi')
}, 20_000)
