/**
 * Ad hoc reports (báo cáo đột xuất, plan section VIII) on a real database: Sở Nội vụ requests a
 * report from one organization with a subject and a deadline; that organization's coordinators
 * see it, write it and send it through the usual workflow, no other organization sees it; the
 * deadline reminders cover it; its DOCX is the organization's, read through LibreOffice.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { vietnamDate } from '../../src/domain/period'
import { SEND_REPORT_REMINDERS_TASK } from '../../src/jobs/sendReportReminders'
import type { Report } from '../../src/payload-types'
import { docxPages } from '../documents'
import { callEndpoint, expectFieldError, idByName, isRefused, seededPayload, userByEmail } from '../helpers'
import { startSmtpServer } from '../smtp'

let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
type U = Awaited<ReturnType<typeof userByEmail>>
let hnd: U, ldld: U, evaluator: U
let hndOrg: number | string
let request: Report

const as = (user: U) => ({ overrideAccess: false, user, depth: 0 })
const DAY = 86_400_000
/** A Vietnam calendar day `n` days from today (requests may not be due in the past). */
const inDays = (n: number) => vietnamDate(new Date(Date.now() + n * DAY))
const SUBJECT = 'kết quả tuyên truyền BHYT hộ gia đình trong đợt cao điểm tháng 12'

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  payload = await seededPayload()
  ;[hnd, ldld, evaluator] = await Promise.all(['hoinongdan@demo.loa', 'ldld@demo.loa', 'evaluator@demo.loa'].map((e) => userByEmail(payload, e)))
  hndOrg = await idByName(payload, 'organizations', 'Hội Nông dân thành phố Hải Phòng')
}, 300_000)
afterAll(async () => {
  await payload?.destroy()
  await smtp?.close()
})

describe('Sở Nội vụ requests an ad hoc report', () => {
  it('from Hội Nông dân, with a subject and a deadline: filed under that organization, titled by its subject, due that day', async () => {
    const due = inDays(20)
    request = (await payload.create({
      collection: 'reports',
      data: { kind: 'adhoc', organization: hndOrg, subject: SUBJECT, requestDetails: 'Số buổi, số người dự, số người đăng ký mới.', dueDate: `${due}T03:00:00.000Z` } as never,
      ...as(evaluator),
    })) as Report
    expect(request.organization).toBe(hndOrg)
    expect(request.status).toBe('draft')
    expect(request.title).toBe(`Báo cáo đột xuất: ${SUBJECT} – Hội Nông dân thành phố Hải Phòng`)
    expect(String(request.dueDate)).toBe(`${due}T00:00:00.000Z`)
    expect(request.year).toBe(Number(due.slice(0, 4)))
    expect(request.figures ?? null).toBeNull()
  })

  it('a request without organization, subject or deadline, or due in the past, is refused in Vietnamese and nothing is stored', async () => {
    const before = (await payload.count({ collection: 'reports' })).totalDocs
    const ask = (data: Record<string, unknown>) => payload.create({ collection: 'reports', data: { kind: 'adhoc', organization: hndOrg, subject: SUBJECT, dueDate: inDays(5), ...data } as never, ...as(evaluator) })
    await expectFieldError(ask({ subject: '  ' }), 'subject', 'Cần nêu nội dung yêu cầu báo cáo.')
    await expectFieldError(ask({ dueDate: null }), 'dueDate', 'Cần đặt hạn gửi báo cáo.')
    await expectFieldError(ask({ dueDate: inDays(-2) }), 'dueDate', 'Hạn gửi báo cáo không được trước hôm nay.')
    await expectFieldError(ask({ organization: null }), 'organization', 'Cần chọn đơn vị được yêu cầu báo cáo.')
    expect((await payload.count({ collection: 'reports' })).totalDocs).toBe(before)
  })

  it('as many as Sở Nội vụ needs: a second request to the same organization in the same year is no duplicate', async () => {
    const second = await payload.create({ collection: 'reports', data: { kind: 'adhoc', organization: hndOrg, subject: 'tình hình phát tờ gấp', dueDate: inDays(21) } as never, ...as(evaluator) })
    expect(second.year).toBe(request.year)
    await payload.delete({ collection: 'reports', id: second.id })
  })

  it('a coordinator cannot request one, not even from their own organization', async () => {
    await expectFieldError(
      payload.create({ collection: 'reports', data: { kind: 'adhoc', subject: SUBJECT, dueDate: inDays(5) } as never, ...as(hnd) }),
      'kind',
      /Sở Nội vụ yêu cầu/,
    )
  })
})

describe('the organization answers it', () => {
  it('Hội Nông dân’s coordinator sees it; Liên đoàn Lao động’s neither finds it nor downloads it', async () => {
    const mine = await payload.find({ collection: 'reports', where: { kind: { equals: 'adhoc' } }, ...as(hnd) })
    expect(mine.docs.map((d) => d.id)).toContain(request.id)
    expect(await isRefused(payload.findByID({ collection: 'reports', id: request.id, ...as(ldld) }))).toBe(true)
    const theirs = await payload.find({ collection: 'reports', where: { kind: { equals: 'adhoc' } }, ...as(ldld) })
    expect(theirs.docs).toEqual([])
    expect((await callEndpoint(payload, 'reports', '/:id/docx', ldld, { id: request.id })).status).toBe(404)
    // Nor writes into it.
    expect(await isRefused(payload.update({ collection: 'reports', id: request.id, data: { results: 'Chen vào' } as never, ...as(ldld) }))).toBe(true)
  })

  it('its coordinator writes the text but not the request: subject and deadline stay Sở Nội vụ’s; the kind never changes', async () => {
    const written = await payload.update({
      collection: 'reports',
      id: request.id,
      data: { results: 'Tổ chức 6 buổi tuyên truyền, 420 người dự, 57 hộ đăng ký BHYT hộ gia đình.', subject: 'Đổi đề', dueDate: inDays(60) } as never,
      ...as(hnd),
    })
    expect(written.subject).toBe(SUBJECT)
    expect(written.dueDate).toBe(request.dueDate)
    expect(written.results).toMatch(/^Tổ chức 6 buổi/)
    await expectFieldError(payload.update({ collection: 'reports', id: request.id, data: { kind: 'unit' } as never, ...as(hnd) }), 'kind', 'Không đổi được loại của báo cáo đã lập.')
    // Sở Nội vụ decides on it but does not rewrite the organization's text.
    const byEvaluator = await payload.update({ collection: 'reports', id: request.id, data: { results: 'Sở viết thay' } as never, ...as(evaluator) })
    expect(byEvaluator.results).toBe(written.results)
  })

  it('its DOCX is the organization’s: its letterhead, the request, its text, sent to Sở Nội vụ', { timeout: 180_000 }, async () => {
    const docx = await callEndpoint(payload, 'reports', '/:id/docx', hnd, { id: request.id })
    expect(docx.status).toBe(200)
    const pages = await docxPages(await docx.arrayBuffer(), 'bao-cao-dot-xuat')
    const text = pages.map((p) => p.text).join('\n').replace(/\s+/g, ' ')
    expect(text).toMatch(/HỘI NÔNG DÂN/)
    expect(text).toContain('Báo cáo đột xuất')
    expect(text).toContain('Nội dung yêu cầu')
    expect(text).toContain(`Thực hiện yêu cầu của Sở Nội vụ về ${SUBJECT}`)
    expect(text).toContain('Số buổi, số người dự, số người đăng ký mới.')
    expect(text).toContain('420 người dự')
    expect(text).toContain('Sở Nội vụ (để báo cáo)')
    expect(text).not.toContain('(để theo dõi, tổng hợp)')
  })

  it('draft → submitted by its coordinator → returned with a reason → submitted → accepted by Sở Nội vụ', async () => {
    await expectFieldError(payload.update({ collection: 'reports', id: request.id, data: { status: 'submitted' } as never, ...as(evaluator) }), 'status', /đơn vị lập báo cáo/)
    const sent = await payload.update({ collection: 'reports', id: request.id, data: { status: 'submitted' } as never, ...as(hnd) })
    expect(sent.submittedBy).toBe(hnd.id)
    await expectFieldError(payload.update({ collection: 'reports', id: request.id, data: { results: 'Sửa sau khi gửi' } as never, ...as(hnd) }), 'results', /không sửa được/)
    await payload.update({ collection: 'reports', id: request.id, data: { status: 'returned', returnReason: 'Bổ sung số hộ theo xã.' } as never, ...as(evaluator) })
    await payload.update({ collection: 'reports', id: request.id, data: { status: 'submitted', difficulties: 'Một số xã chưa gửi số liệu.' } as never, ...as(hnd) })
    const accepted = await payload.update({ collection: 'reports', id: request.id, data: { status: 'accepted' } as never, ...as(evaluator) })
    expect(accepted.status).toBe('accepted')
  })
})

describe('deadline reminders cover ad hoc reports', () => {
  const run = async (now: string) => {
    smtp.received.length = 0
    await payload.jobs.queue({ task: SEND_REPORT_REMINDERS_TASK, input: { now } })
    await payload.jobs.run()
    return smtp.received.filter((m) => m.text.includes('Báo cáo đột xuất'))
  }

  it('the requested organization is reminded before the deadline and the day after it, once each; a report sent is not', async () => {
    const due = inDays(15)
    const open = await payload.create({ collection: 'reports', data: { kind: 'adhoc', organization: hndOrg, subject: 'số tờ gấp đã phát', dueDate: due } as never, ...as(evaluator) })
    const at = (day: string) => `${day}T02:00:00.000Z` // 9:00 in Vietnam
    const shift = (n: number) => vietnamDate(new Date(Date.parse(`${due}T05:00:00.000Z`) + n * DAY))

    expect(await run(at(shift(-10)))).toEqual([]) // too early
    const before = await run(at(shift(-3)))
    expect(before).toHaveLength(1)
    expect(before[0].to).toContain('hoinongdan@demo.loa')
    expect(before[0].subject).toBe(`[Loa] Còn 3 ngày: hạn gửi báo cáo ${due.slice(8, 10)}/${due.slice(5, 7)}/${due.slice(0, 4)}`)
    expect(before[0].text).toContain(open.title)
    expect(before[0].text).toContain('báo cáo đột xuất theo yêu cầu của Sở Nội vụ')
    expect(await run(at(shift(-2)))).toEqual([]) // once
    const overdue = await run(at(shift(1)))
    expect(overdue).toHaveLength(1)
    expect(overdue[0].subject).toMatch(/^\[Loa\] Quá hạn gửi báo cáo/)
    // The request answered earlier (accepted) got none.
    expect([...before, ...overdue].some((m) => m.text.includes(SUBJECT))).toBe(false)
  })
})
