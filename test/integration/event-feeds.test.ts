/**
 * Calendar feeds and the public "upcoming events in my commune" page: the right events, at the
 * right instants, and nothing a resident should not see (results, costs, planned attendance,
 * anything about users).
 */
import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { GET as organizationFeed } from '../../src/app/(site)/lich/don-vi/[id]/route'
import { GET as communeFeed } from '../../src/app/(site)/lich/xa/[id]/route'
import EventsPage from '../../src/app/(site)/su-kien/page'
import { upcomingEventsInCommune } from '../../src/lib/eventFeeds'
import { idByName, seededPayload, userByEmail } from '../helpers'

// Tuesday 15 June 2027, 10:00 in Hải Phòng: feeds span 17 March 2027 – 15 June 2029.
const NOW = new Date('2027-06-15T03:00:00.000Z')
const HOUR = 3600 * 1000

let payload: Payload
type U = Awaited<ReturnType<typeof userByEmail>>
let ldld: U, hnd: U, thienHuong: U
let ldldOrg: number | string, hndOrg: number | string, thienHuongCommune: number | string, hongBang: number | string
let groupName: string
const ids: Record<string, string> = {}

/** Figures that must never reach a feed: planned attendance, results, cost. */
const PRIVATE_FIGURES = ['8642', '7531', '3197', '4862', '15500000']

const as = (user: U) => ({ overrideAccess: false, user, depth: 0 }) as const

async function createEvent(user: U, data: Record<string, unknown>) {
  const e = await payload.create({ collection: 'events', data: data as never, ...as(user) })
  return String(e.id)
}

beforeAll(async () => {
  payload = await seededPayload()
  ldld = await userByEmail(payload, 'ldld@demo.loa')
  hnd = await userByEmail(payload, 'hoinongdan@demo.loa')
  thienHuong = await userByEmail(payload, 'thienhuong@demo.loa')
  ldldOrg = await idByName(payload, 'organizations', 'Liên đoàn Lao động thành phố Hải Phòng')
  hndOrg = hnd.organization as number | string
  thienHuongCommune = await idByName(payload, 'localities', 'Phường Thiên Hương')
  hongBang = await idByName(payload, 'localities', 'Phường Hồng Bàng')
  const group = (await payload.find({ collection: 'audience-groups', where: { code: { equals: '3' } }, limit: 1 })).docs[0]
  groupName = group.shortName
  const site = (await payload.find({ collection: 'sites', where: { name: { equals: 'KCN Nam Cầu Kiền' } }, limit: 1 })).docs[0]

  const inThienHuong = { kind: 'policy_dialogue', locality: thienHuongCommune }
  ids.dialogue = await createEvent(ldld, {
    ...inThienHuong,
    title: 'Đối thoại chính sách BHXH với công nhân KCN Nam Cầu Kiền',
    // Saturday 3 July 2027, 08:00–10:30 in Hải Phòng
    startAt: '2027-07-03T01:00:00.000Z',
    endAt: '2027-07-03T03:30:00.000Z',
    site: site.id,
    venue: 'Nhà văn hóa khu phố 3',
    audienceGroups: [group.id],
    plannedAttendance: 8642,
  })
  ids.cancelled = await createEvent(hnd, {
    ...inThienHuong,
    kind: 'onsite_counselling',
    title: 'Tư vấn BHYT hộ gia đình tại chợ',
    startAt: '2027-08-10T01:00:00.000Z',
    endAt: '2027-08-10T03:00:00.000Z',
    venue: 'Chợ Thiên Hương',
    coOrganizers: [ldldOrg],
  })
  await payload.update({
    collection: 'events',
    id: ids.cancelled,
    data: { status: 'cancelled', cancelReason: 'Trùng lịch phòng chống bão' } as never,
    ...as(hnd),
  })
  ids.held = await createEvent(ldld, {
    ...inThienHuong,
    title: 'Hội nghị tuyên truyền đã tổ chức',
    startAt: '2027-05-20T01:00:00.000Z',
    endAt: '2027-05-20T04:00:00.000Z',
    status: 'held',
    attendance: 7531,
    women: 3197,
    newVoluntaryBhxh: 4862,
    actualCost: 15500000,
  })
  ids.heldToday = await createEvent(ldld, {
    ...inThienHuong,
    title: 'Buổi sinh hoạt sáng nay, đã tổ chức',
    startAt: new Date(NOW.getTime() - 2 * HOUR).toISOString(),
    endAt: new Date(NOW.getTime() + HOUR).toISOString(),
    status: 'held',
  })
  ids.tooOld = await createEvent(ldld, {
    ...inThienHuong,
    title: 'Sự kiện hơn 90 ngày trước',
    startAt: '2027-03-10T01:00:00.000Z',
    endAt: '2027-03-10T02:00:00.000Z',
  })
  ids.tooFar = await createEvent(ldld, {
    ...inThienHuong,
    title: 'Sự kiện hơn hai năm tới',
    startAt: '2029-08-01T01:00:00.000Z',
    endAt: '2029-08-01T02:00:00.000Z',
  })
  ids.underway = await createEvent(thienHuong, {
    kind: 'small_group',
    title: 'Truyền thông nhóm nhỏ đang diễn ra',
    startAt: new Date(NOW.getTime() - HOUR).toISOString(),
    endAt: new Date(NOW.getTime() + 2 * HOUR).toISOString(),
  })
  ids.elsewhere = await createEvent(hnd, {
    kind: 'conference',
    title: 'Hội nghị ở phường Hồng Bàng',
    locality: hongBang,
    startAt: '2027-07-05T01:00:00.000Z',
    endAt: '2027-07-05T03:00:00.000Z',
  })

  // The feeds and the page take "now" from the clock.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})

afterAll(async () => {
  vi.useRealTimers()
  await payload?.destroy()
})

const params = (id: string) => ({ params: Promise.resolve({ id }) })

async function feed(kind: 'xa' | 'don-vi', id: string) {
  const handler = kind === 'xa' ? communeFeed : organizationFeed
  const response = await handler(new Request(`http://localhost/lich/${kind}/${id}`), params(id))
  return { response, body: await response.text() }
}

function parse(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body))
  const events = calendar.getAllSubcomponents('vevent')
  const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]))
  return { calendar, events, byUid }
}

const uid = (id: string) => `event-${id}@loa.haiphong`
const text = (e: ICAL.Component, name: string) => String(e.getFirstPropertyValue(name))
const instant = (e: ICAL.Component, name: string) => (e.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString()

/** The stored events behind a feed's UIDs (whatever else the seed may hold). */
async function storedEvents(uids: string[]) {
  const eventIds = uids.map((u) => u.replace(/^event-/, '').replace(/@loa\.haiphong$/, ''))
  const { docs } = await payload.find({ collection: 'events', where: { id: { in: eventIds } }, pagination: false, depth: 0 })
  expect(docs).toHaveLength(uids.length)
  return docs
}

describe('the calendar feed of a commune', () => {
  it('is an ICS file named after the commune, in Vietnam time, with a short cache', async () => {
    const { response, body } = await feed('xa', `${thienHuongCommune}.ics`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="loa-xa-${thienHuongCommune}.ics"`)
    expect(response.headers.get('cache-control')).toMatch(/max-age=300/)
    const { calendar } = parse(body)
    expect(text(calendar, 'x-wr-calname')).toBe('Loa – Sự kiện tuyên truyền – Phường Thiên Hương')
    expect(text(calendar, 'x-wr-timezone')).toBe('Asia/Ho_Chi_Minh')
    expect(text(calendar, 'prodid')).toMatch(/Loa/)
  })

  it('holds the commune’s events inside the window, of every organizer, and nothing else', async () => {
    const { byUid } = parse((await feed('xa', `${thienHuongCommune}.ics`)).body)
    for (const key of ['dialogue', 'cancelled', 'held', 'heldToday', 'underway']) expect(byUid.has(uid(ids[key])), key).toBe(true)
    for (const key of ['tooOld', 'tooFar', 'elsewhere']) expect(byUid.has(uid(ids[key])), key).toBe(false)
    for (const e of await storedEvents([...byUid.keys()])) expect(String(e.locality)).toBe(String(thienHuongCommune))
  })

  it('gives each event its title, the stored instants, the place and the organizers', async () => {
    const { byUid } = parse((await feed('xa', String(thienHuongCommune))).body)
    const dialogue = byUid.get(uid(ids.dialogue))!
    expect(text(dialogue, 'summary')).toBe('Đối thoại chính sách BHXH với công nhân KCN Nam Cầu Kiền')
    // 08:00 in Hải Phòng is 01:00 UTC.
    expect(instant(dialogue, 'dtstart')).toBe('2027-07-03T01:00:00.000Z')
    expect(instant(dialogue, 'dtend')).toBe('2027-07-03T03:30:00.000Z')
    expect(text(dialogue, 'status')).toBe('CONFIRMED')
    expect(text(dialogue, 'location')).toBe('Nhà văn hóa khu phố 3, KCN Nam Cầu Kiền, Phường Thiên Hương')
    const description = text(dialogue, 'description')
    expect(description).toContain('Hình thức: Đối thoại chính sách')
    expect(description).toContain('Đơn vị tổ chức: Liên đoàn Lao động thành phố Hải Phòng')
    expect(description).toContain(`Đối tượng: ${groupName}`)
    expect(text(byUid.get(uid(ids.held))!, 'status')).toBe('CONFIRMED')
  })

  it('marks a cancelled event CANCELLED, with the reason', async () => {
    const { byUid } = parse((await feed('xa', String(thienHuongCommune))).body)
    const cancelled = byUid.get(uid(ids.cancelled))!
    expect(text(cancelled, 'status')).toBe('CANCELLED')
    expect(text(cancelled, 'summary')).toBe('[Đã hủy] Tư vấn BHYT hộ gia đình tại chợ')
    expect(text(cancelled, 'description')).toContain('Lý do: Trùng lịch phòng chống bão')
  })

  it('shows no results, costs, planned attendance or anything about users', async () => {
    const { body } = await feed('xa', String(thienHuongCommune))
    for (const figure of PRIVATE_FIGURES) expect(body, figure).not.toContain(figure)
    const { docs: users } = await payload.find({ collection: 'users', pagination: false, depth: 0 })
    for (const u of users) {
      expect(body).not.toContain(u.email)
      if (u.name) expect(body).not.toContain(u.name)
    }
  })

  it('accepts the id with or without ".ics"', async () => {
    const withExtension = parse((await feed('xa', `${thienHuongCommune}.ics`)).body)
    const without = parse((await feed('xa', String(thienHuongCommune))).body)
    expect([...without.byUid.keys()]).toEqual([...withExtension.byUid.keys()])
  })

  it('answers an unknown or malformed commune with a short 404, never an error', async () => {
    for (const id of ['987654', '987654.ics', 'abc', '12abc.ics', '0', '-1', '1;DROP']) {
      const { response, body } = await feed('xa', id)
      expect(response.status, id).toBe(404)
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      expect(body).toMatch(/^Không tìm thấy lịch/)
    }
  })
})

describe('the calendar feed of an organization', () => {
  it('holds the events it organizes inside the window, and nothing else', async () => {
    const { response, body } = await feed('don-vi', `${ldldOrg}.ics`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="loa-don-vi-${ldldOrg}.ics"`)
    const { calendar, byUid } = parse(body)
    expect(text(calendar, 'x-wr-calname')).toBe('Loa – Sự kiện tuyên truyền – Liên đoàn Lao động thành phố Hải Phòng')
    for (const key of ['dialogue', 'held', 'heldToday']) expect(byUid.has(uid(ids[key])), key).toBe(true)
    for (const key of ['tooOld', 'tooFar', 'elsewhere', 'underway']) expect(byUid.has(uid(ids[key])), key).toBe(false)
    for (const e of await storedEvents([...byUid.keys()])) expect(String(e.organization)).toBe(String(ldldOrg))
    for (const figure of PRIVATE_FIGURES) expect(body, figure).not.toContain(figure)
  })

  it('leaves out an event Hội Nông dân named it co-organizer of: another body does not write into its feed', async () => {
    const { byUid } = parse((await feed('don-vi', String(ldldOrg))).body)
    expect(byUid.has(uid(ids.cancelled))).toBe(false)
  })

  it('names the co-organizers in the organizer’s feed', async () => {
    const { byUid } = parse((await feed('don-vi', String(hndOrg))).body)
    const description = text(byUid.get(uid(ids.cancelled))!, 'description')
    expect(description).toContain('Đơn vị tổ chức: Hội Nông dân')
    expect(description).toContain('Đơn vị phối hợp: Liên đoàn Lao động thành phố Hải Phòng')
  })

  it('another organization’s feed has its own events only', async () => {
    const { byUid } = parse((await feed('don-vi', String(hndOrg))).body)
    expect(byUid.has(uid(ids.elsewhere))).toBe(true)
    expect(byUid.has(uid(ids.cancelled))).toBe(true)
    expect(byUid.has(uid(ids.dialogue))).toBe(false)
  })

  it('answers an unknown organization with a short 404', async () => {
    const { response, body } = await feed('don-vi', '987654.ics')
    expect(response.status).toBe(404)
    expect(body).toMatch(/^Không tìm thấy lịch: đơn vị/)
  })
})

describe('the page "upcoming events in my commune"', () => {
  it('lists planned and cancelled events not yet over, by start; not past or held ones', async () => {
    const items = await upcomingEventsInCommune(thienHuongCommune, NOW)
    const ours = new Set(Object.values(ids))
    expect(items.filter((i) => ours.has(i.id)).map((i) => i.id)).toEqual([ids.underway, ids.dialogue, ids.cancelled, ids.tooFar])
    const starts = items.map((i) => new Date(i.startAt).getTime())
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    for (const e of await storedEvents(items.map((i) => uid(i.id)))) {
      expect(String(e.locality)).toBe(String(thienHuongCommune))
      expect(['planned', 'cancelled']).toContain(e.status)
      expect(new Date(e.endAt).getTime()).toBeGreaterThanOrEqual(NOW.getTime())
    }
  })

  it('shows each in Vietnam time, with the place, organizer and audience, and marks the cancelled one', async () => {
    const items = await upcomingEventsInCommune(thienHuongCommune, NOW)
    const dialogue = items.find((i) => i.id === ids.dialogue)!
    expect(dialogue).toMatchObject({
      when: 'Thứ Bảy, 03/07/2027, 08:00–10:30',
      kindLabel: 'Đối thoại chính sách',
      place: 'Nhà văn hóa khu phố 3, KCN Nam Cầu Kiền, Phường Thiên Hương',
      organizers: 'Liên đoàn Lao động thành phố Hải Phòng',
      audience: groupName,
      cancelled: false,
    })
    expect(items.find((i) => i.id === ids.cancelled)).toMatchObject({ cancelled: true, cancelReason: 'Trùng lịch phòng chống bão' })
    expect(JSON.stringify(items)).not.toMatch(new RegExp(PRIVATE_FIGURES.join('|')))
  })
})

describe('the page as a resident sees it', () => {
  // Only the page itself is async: awaiting it leaves a plain element tree to render.
  const render = async (xa?: string) => renderToStaticMarkup(await EventsPage({ searchParams: Promise.resolve({ xa }) }))

  it('offers every commune in the picker', async () => {
    const html = await render()
    const { totalDocs } = await payload.count({ collection: 'localities' })
    expect(html.match(/<option value="[^"]+"/g)).toHaveLength(totalDocs)
    expect(html).not.toContain('data-testid="events"')
  })

  it('lists the commune’s events with the cancelled one marked, and links to its calendar', async () => {
    const html = await render(String(thienHuongCommune))
    expect(html).toContain('Sự kiện sắp diễn ra ở Phường Thiên Hương')
    expect(html).toContain('Thứ Bảy, 03/07/2027, 08:00–10:30')
    expect(html).toMatch(/<li id="su-kien-[^"]+" class="cancelled"><span class="badge">Đã hủy<\/span><strong>Tư vấn BHYT hộ gia đình tại chợ/)
    expect(html).not.toContain('Hội nghị tuyên truyền đã tổ chức')
    expect(html).toMatch(new RegExp(`href="webcal://[^"]+/lich/xa/${thienHuongCommune}\\.ics"`))
    expect(html).toMatch(new RegExp(`href="https?://[^"]+/lich/xa/${thienHuongCommune}\\.ics"`))
    for (const figure of PRIVATE_FIGURES) expect(html, figure).not.toContain(figure)
  })

  it('says so when a commune has nothing coming up, and when the commune is unknown', async () => {
    const quiet = await idByName(payload, 'localities', 'Phường Hải An')
    expect(await render(String(quiet))).toContain('Hiện chưa có sự kiện nào được lên lịch ở Phường Hải An')
    expect(await render('abc')).toContain('Không tìm thấy xã, phường, đặc khu này')
  })
})
