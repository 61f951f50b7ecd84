/** Outreach events: who schedules and reports them, and which reports are refused (nothing stored). */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { callEndpoint, expectFieldError, idByName, isRefused, seededPayload, userByEmail } from '../helpers'

let payload: Payload
type U = Awaited<ReturnType<typeof userByEmail>>
let ldld: U, hnd: U, thienHuong: U, evaluator: U, editor: U
let ldldOrg: number | string, thienHuongCommune: number | string, otherCommune: number | string, group3: number | string, group4: number | string

const as = (user: U) => ({ overrideAccess: false, user, depth: 0 })

beforeAll(async () => {
  payload = await seededPayload()
  ldld = await userByEmail(payload, 'ldld@demo.loa')
  hnd = await userByEmail(payload, 'hoinongdan@demo.loa')
  thienHuong = await userByEmail(payload, 'thienhuong@demo.loa')
  evaluator = await userByEmail(payload, 'evaluator@demo.loa')
  editor = await userByEmail(payload, 'editor@demo.loa')
  ldldOrg = await idByName(payload, 'organizations', 'Liên đoàn Lao động thành phố Hải Phòng')
  thienHuongCommune = await idByName(payload, 'localities', 'Phường Thiên Hương')
  otherCommune = await idByName(payload, 'localities', 'Phường Hồng Bàng')
  const code = async (c: string) => (await payload.find({ collection: 'audience-groups', where: { code: { equals: c } }, limit: 1 })).docs[0].id
  group3 = await code('3')
  group4 = await code('4')
})
afterAll(async () => {
  await payload?.destroy()
})

const event = (extra: Record<string, unknown> = {}) => ({
  title: 'Đối thoại chính sách BHXH tại KCN',
  kind: 'policy_dialogue',
  startAt: '2026-06-12T01:30:00.000Z',
  endAt: '2026-06-12T04:00:00.000Z',
  locality: thienHuongCommune,
  plannedAttendance: 150,
  ...extra,
})

async function countEvents() {
  return (await payload.count({ collection: 'events' })).totalDocs
}

describe('who schedules and reports events', () => {
  it('a coordinator’s event belongs to their organization; another organization cannot change or delete it', async () => {
    const e = await payload.create({ collection: 'events', data: event() as never, ...as(ldld) })
    expect(String(e.organization)).toBe(String(ldldOrg))
    expect(await isRefused(payload.update({ collection: 'events', id: e.id, data: { title: 'Sửa trộm' } as never, ...as(hnd) }))).toBe(true)
    expect(await isRefused(payload.delete({ collection: 'events', id: e.id, ...as(hnd) }))).toBe(true)
    const held = await payload.update({ collection: 'events', id: e.id, data: { status: 'held', attendance: 140, women: 80 } as never, ...as(ldld) })
    expect(held.attendance).toBe(140)
  })

  it('evaluators read every event but do not write; editors do not schedule events', async () => {
    await payload.create({ collection: 'events', data: event({ title: 'Sự kiện của Hội Nông dân' }) as never, ...as(hnd) })
    const seen = await payload.find({ collection: 'events', pagination: false, ...as(evaluator) })
    expect(seen.docs.some((e) => e.title === 'Sự kiện của Hội Nông dân')).toBe(true)
    expect(await isRefused(payload.create({ collection: 'events', data: event() as never, ...as(evaluator) }))).toBe(true)
    expect(await isRefused(payload.create({ collection: 'events', data: event() as never, ...as(editor) }))).toBe(true)
  })

  it('a commune committee schedules in its own commune only', async () => {
    const own = await payload.create({ collection: 'events', data: event({ locality: undefined }) as never, ...as(thienHuong) })
    expect(String(own.locality)).toBe(String(thienHuongCommune))
    const before = await countEvents()
    await expectFieldError(
      payload.create({ collection: 'events', data: event({ locality: otherCommune }) as never, ...as(thienHuong) }),
      'locality',
      /trên địa bàn của mình/,
    )
    expect(await countEvents()).toBe(before)
  })
})

describe('reports that are refused, with nothing stored', () => {
  const refused = async (data: Record<string, unknown>, path: string, message?: RegExp) => {
    const before = await countEvents()
    await expectFieldError(payload.create({ collection: 'events', data: event(data) as never, ...as(ldld) }), path, message)
    expect(await countEvents()).toBe(before)
  }

  it('an end before the start', () => refused({ endAt: '2026-06-12T00:00:00.000Z' }, 'endAt', /sau thời gian bắt đầu/))
  it('dates outside 2026–2030', () => refused({ startAt: '2025-06-12T01:30:00.000Z', endAt: '2025-06-12T04:00:00.000Z' }, 'startAt', /2026–2030/))
  it('negative figures', () => refused({ plannedAttendance: -5 }, 'plannedAttendance', /âm/))
  it('results on an event that is not held', () => refused({ attendance: 100 }, 'attendance', /sau khi sự kiện đã được tổ chức/))
  it('a cancelled event without a reason', async () => {
    const e = await payload.create({ collection: 'events', data: event() as never, ...as(ldld) })
    await expectFieldError(
      payload.update({ collection: 'events', id: e.id, data: { status: 'cancelled', cancelReason: ' ' } as never, ...as(ldld) }),
      'cancelReason',
      /lý do hủy/,
    )
    expect((await payload.findByID({ collection: 'events', id: e.id })).status).toBe('planned')
    const cancelled = await payload.update({ collection: 'events', id: e.id, data: { status: 'cancelled', cancelReason: 'Bão số 3' } as never, ...as(ldld) })
    expect(cancelled.status).toBe('cancelled')
  })

  it('per-group attendance summing to more than the total, on an update: the stored event is unchanged', async () => {
    const e = await payload.create({ collection: 'events', data: event({ status: 'held', attendance: 100 }) as never, ...as(ldld) })
    await expectFieldError(
      payload.update({
        collection: 'events',
        id: e.id,
        data: { attendanceByGroup: [{ group: group3, count: 70 }, { group: group4, count: 40 }] } as never,
        ...as(ldld),
      }),
      'attendanceByGroup',
      /\(110\).*\(100\)/,
    )
    const stored = await payload.findByID({ collection: 'events', id: e.id, depth: 0 })
    expect(stored.attendanceByGroup ?? []).toEqual([])
  })

  it('skipping from planned straight to reported', async () => {
    const e = await payload.create({ collection: 'events', data: event() as never, ...as(ldld) })
    await expectFieldError(
      payload.update({ collection: 'events', id: e.id, data: { status: 'reported', attendance: 10 } as never, ...as(ldld) }),
      'status',
    )
  })
})

describe('questions raised at an event', () => {
  async function draftFrom(eventId: number | string, index: number, user: U) {
    const res = await callEndpoint(payload, 'events', '/:id/questions/:index/draft', user, { id: eventId, index: String(index) })
    return { status: res.status, body: (await res.json()) as { doc?: { id: unknown; status?: string; source?: string; question?: string }; errors?: { message: string }[] } }
  }

  it('become a Q&A draft in one click by communications staff, once, linked back from the event', async () => {
    const e = await payload.create({
      collection: 'events',
      data: event({
        status: 'held',
        attendance: 60,
        audienceGroups: [group3],
        questionsRaised: [{ text: 'Công ty nợ BHXH thì tôi có được hưởng thai sản không?' }],
      }) as never,
      ...as(ldld),
    })
    expect((await draftFrom(e.id, 0, ldld)).status).toBe(403)
    const first = await draftFrom(e.id, 0, editor)
    expect(first.status).toBe(201)
    expect(first.body.doc).toMatchObject({ status: 'draft', source: 'event', question: 'Công ty nợ BHXH thì tôi có được hưởng thai sản không?' })
    const again = await draftFrom(e.id, 0, editor)
    expect(again.status).toBe(200)
    expect(String(again.body.doc!.id)).toBe(String(first.body.doc!.id))
    const stored = await payload.findByID({ collection: 'events', id: e.id, depth: 0 })
    expect(String(stored.questionsRaised![0].questionDraft)).toBe(String(first.body.doc!.id))
    expect((await draftFrom(e.id, 5, editor)).status).toBe(404)
  })
})

describe('media outputs', () => {
  const output = (extra: Record<string, unknown> = {}) => ({
    title: 'Phóng sự: công nhân KCN Đình Vũ tìm hiểu Luật BHXH 2024',
    channel: 'tv',
    outlet: 'Báo và Phát thanh, Truyền hình Hải Phòng',
    publishedOn: '2026-07-01T00:00:00.000Z',
    link: 'https://thhp.vn/bhxh-2024',
    audience: 25000,
    ...extra,
  })

  it('belong to the coordinator’s organization and only it changes them', async () => {
    const o = await payload.create({ collection: 'media-outputs', data: output() as never, ...as(ldld) })
    expect(String(o.organization)).toBe(String(ldldOrg))
    expect(await isRefused(payload.update({ collection: 'media-outputs', id: o.id, data: { views: 1 } as never, ...as(hnd) }))).toBe(true)
  })

  it('refuse negative reach, a link that is not a web address and a date outside the term, storing nothing', async () => {
    const before = (await payload.count({ collection: 'media-outputs' })).totalDocs
    await expectFieldError(payload.create({ collection: 'media-outputs', data: output({ shares: -3 }) as never, ...as(ldld) }), 'shares')
    await expectFieldError(payload.create({ collection: 'media-outputs', data: output({ link: 'javascript:alert(1)' }) as never, ...as(ldld) }), 'link')
    await expectFieldError(payload.create({ collection: 'media-outputs', data: output({ publishedOn: '2031-02-01T00:00:00.000Z' }) as never, ...as(ldld) }), 'publishedOn')
    expect((await payload.count({ collection: 'media-outputs' })).totalDocs).toBe(before)
  })
})

describe('the calendar (GET /api/events/calendar)', () => {
  async function calendar(user: U | null, query: Record<string, string>) {
    const res = await callEndpoint(payload, 'events', '/calendar', user, {}, query)
    return { status: res.status, body: (await res.json()) as { events: { id: string; title: string; start: string }[]; total: number; errors?: { message: string }[] } }
  }
  const window = { from: '2026-09-01T00:00:00.000Z', to: '2026-10-01T00:00:00.000Z' }

  it('lists the window’s events, filtered by organization (co-organizing counts), commune, group and campaign', async () => {
    const campaign = await payload.create({
      collection: 'campaigns',
      data: { name: 'Chiến dịch tháng 9', startDate: '2026-09-01T00:00:00.000Z', endDate: '2026-09-30T00:00:00.000Z' } as never,
      ...as(ldld),
    })
    const mine = await payload.create({
      collection: 'events',
      data: event({ title: 'Lịch: sự kiện LĐLĐ', startAt: '2026-09-10T01:00:00.000Z', endAt: '2026-09-10T03:00:00.000Z', audienceGroups: [group3], campaign: campaign.id }) as never,
      ...as(ldld),
    })
    const coOrganized = await payload.create({
      collection: 'events',
      data: event({ title: 'Lịch: Hội Nông dân mời LĐLĐ', locality: otherCommune, startAt: '2026-09-12T01:00:00.000Z', endAt: '2026-09-12T03:00:00.000Z', coOrganizers: [ldldOrg], audienceGroups: [group4] }) as never,
      ...as(hnd),
    })
    await payload.create({
      collection: 'events',
      data: event({ title: 'Lịch: tháng 10', startAt: '2026-10-02T01:00:00.000Z', endAt: '2026-10-02T03:00:00.000Z' }) as never,
      ...as(ldld),
    })
    const titles = async (query: Record<string, string>) => (await calendar(evaluator, { ...window, ...query })).body.events.map((e) => e.title).filter((t) => t.startsWith('Lịch:')).sort()

    expect(await titles({})).toEqual(['Lịch: Hội Nông dân mời LĐLĐ', 'Lịch: sự kiện LĐLĐ'])
    expect(await titles({ organization: String(ldldOrg) })).toEqual(['Lịch: Hội Nông dân mời LĐLĐ', 'Lịch: sự kiện LĐLĐ'])
    expect(await titles({ locality: String(otherCommune) })).toEqual(['Lịch: Hội Nông dân mời LĐLĐ'])
    expect(await titles({ audienceGroup: String(group3) })).toEqual(['Lịch: sự kiện LĐLĐ'])
    expect(await titles({ campaign: String(campaign.id) })).toEqual(['Lịch: sự kiện LĐLĐ'])
    const entry = (await calendar(ldld, window)).body.events.find((e) => e.id === String(mine.id))
    expect(entry?.start).toBe('2026-09-10T08:00:00') // Vietnam time
    expect(coOrganized.id).toBeDefined()
  })

  it('needs a login and a sensible window', async () => {
    const anonymous = await calendar(null, window)
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors?.[0].message).toBe('Cần đăng nhập để xem lịch sự kiện.')
    const backwards = await calendar(ldld, { from: window.to, to: window.from })
    expect(backwards.status).toBe(400)
    expect(backwards.body.errors?.[0].message).toBe('Ngày kết thúc phải sau ngày bắt đầu.')
    expect((await calendar(ldld, { ...window, locality: "1' OR '1'='1" })).status).toBe(400)
  })
})
