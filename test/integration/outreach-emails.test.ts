/**
 * The four outreach emails, each delivered through the jobs queue to a real SMTP server on
 * loopback: the organizer's day-before reminder, the reminder to log results three days after an
 * event, the notice to the organization a feedback item is assigned to, and the answer to an
 * asker who gave an email address and consented.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { vietnamDate, vietnamDayStart } from '../../src/domain/period'
import { SEND_EVENT_REMINDERS_TASK } from '../../src/jobs/sendEventReminders'
import { idByName, seededPayload, userByEmail } from '../helpers'
import { startSmtpServer } from '../smtp'

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let payload: Payload
type U = Awaited<ReturnType<typeof userByEmail>>
let ldld: U, editor: U, hnd: U
let commune: number | string, hndOrg: number | string

const as = (user: U) => ({ overrideAccess: false, user, depth: 0 })
const HOUR = 3600 * 1000
const DAY = 24 * HOUR

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  payload = await seededPayload()
  ldld = await userByEmail(payload, 'ldld@demo.loa')
  editor = await userByEmail(payload, 'editor@demo.loa')
  hnd = await userByEmail(payload, 'hoinongdan@demo.loa')
  commune = await idByName(payload, 'localities', 'Phường Thiên Hương')
  hndOrg = await idByName(payload, 'organizations', 'Hội Nông dân thành phố Hải Phòng')
  const ldldOrg = await idByName(payload, 'organizations', 'Liên đoàn Lao động thành phố Hải Phòng')
  await payload.update({ collection: 'organizations', id: ldldOrg, data: { email: 'vanphong@ldld.haiphong.vn' } })
  // The demo events' own reminders go out first; each test counts only its own mail.
  await runReminders()
})
afterAll(async () => {
  await payload?.destroy()
  await smtp?.close()
})
beforeEach(() => {
  smtp.received.length = 0
})

/** Today's date in Vietnam, `days` ahead, at `hour`:`minute` Vietnam time. */
const vietnamTime = (days: number, hour: number, minute = 0) =>
  new Date(vietnamDayStart(vietnamDate(new Date())).getTime() + days * DAY + hour * HOUR + minute * 60_000).toISOString()

const scheduleEvent = (title: string, startAt: string, endAt: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'events',
    data: { title, kind: 'small_group', startAt, endAt, locality: commune, venue: 'Nhà văn hóa tổ dân phố 5', ...extra } as never,
    ...as(ldld),
  })

async function runReminders() {
  await payload.jobs.queue({ task: SEND_EVENT_REMINDERS_TASK, input: {} })
  await payload.jobs.run()
}

describe('event reminders', () => {
  it('reminds the organizer the day before, once, and again only if the event moves', async () => {
    const tomorrow = await scheduleEvent('Truyền thông nhóm nhỏ cho công nhân nhà trọ', vietnamTime(1, 19, 30), vietnamTime(1, 21))
    await scheduleEvent('Sự kiện ngày kia', vietnamTime(2, 8), vietnamTime(2, 10))
    const cancelled = await scheduleEvent('Sự kiện đã hủy', vietnamTime(1, 8), vietnamTime(1, 9))
    await payload.update({ collection: 'events', id: cancelled.id, data: { status: 'cancelled', cancelReason: 'Mưa bão' } as never, ...as(ldld) })

    await runReminders()
    expect(smtp.received).toHaveLength(1)
    const mail = smtp.received[0]
    expect(mail.to.sort()).toEqual(['ldld@demo.loa', 'vanphong@ldld.haiphong.vn'])
    expect(mail.subject).toBe('[Loa] Nhắc lịch: "Truyền thông nhóm nhỏ cho công nhân nhà trọ" diễn ra ngày mai')
    expect(mail.text).toContain('Hình thức: Truyền thông nhóm nhỏ')
    expect(mail.text).toMatch(/Thời gian: Thứ \S+, \d\d\/\d\d\/20\d\d, 19:30–21:00/)
    expect(mail.text).toContain('Địa điểm: Nhà văn hóa tổ dân phố 5, Phường Thiên Hương')
    expect(mail.text).toContain(`/admin/collections/events/${tomorrow.id}`)

    await runReminders()
    expect(smtp.received).toHaveLength(1)

    // Moved to a later hour the same day: the organizer hears about the new time.
    await payload.update({ collection: 'events', id: tomorrow.id, data: { startAt: vietnamTime(1, 20), endAt: vietnamTime(1, 21, 30) } as never, ...as(ldld) })
    await runReminders()
    expect(smtp.received).toHaveLength(2)
    expect(smtp.received[1].text).toMatch(/20:00–21:30/)
  })

  it('three days after an event without results, asks for them once; not for ones with results or recent ones', async () => {
    const unreported = await scheduleEvent('Hội nghị chưa báo cáo', vietnamTime(-4, 8), vietnamTime(-4, 11), { status: 'held' })
    await scheduleEvent('Hội nghị đã có kết quả', vietnamTime(-4, 8), vietnamTime(-4, 11), { status: 'held', attendance: 120 })
    await scheduleEvent('Hội nghị mới hôm qua', vietnamTime(-1, 8), vietnamTime(-1, 11), { status: 'held' })

    await runReminders()
    expect(smtp.received).toHaveLength(1)
    const mail = smtp.received[0]
    expect(mail.subject).toBe('[Loa] Chưa có kết quả sự kiện "Hội nghị chưa báo cáo"')
    expect(mail.text).toContain('đã kết thúc hơn 3 ngày nhưng chưa được nhập kết quả')
    expect(mail.text).toContain(`/admin/collections/events/${unreported.id}`)
    expect(mail.to).toContain('ldld@demo.loa')

    await runReminders()
    expect(smtp.received).toHaveLength(1)
    const marked = await payload.findByID({ collection: 'events', id: unreported.id, depth: 0 })
    expect(marked.resultsReminderSentAt).toBeTruthy()
  })
})

describe('feedback emails', () => {
  async function publicFeedback(data: Record<string, unknown>) {
    return payload.create({ collection: 'feedback', data: { text: 'Tôi làm nông, muốn đóng BHXH tự nguyện thì được hỗ trợ bao nhiêu?', locality: commune, ...data } as never })
  }

  it('tells the assigned organization, without copying the asker’s contact details into the email', async () => {
    const item = await publicFeedback({ consent: true, name: 'Nguyễn Văn Bình', phone: '0912345678', email: 'binh@example.vn' })
    await payload.update({ collection: 'feedback', id: item.id, data: { status: 'assigned', assignedTo: hndOrg } as never, ...as(editor) })
    await payload.jobs.run()
    expect(smtp.received).toHaveLength(1)
    const mail = smtp.received[0]
    expect(mail.to).toEqual(['hoinongdan@demo.loa'])
    expect(mail.subject).toBe('[Loa] Hội Nông dân thành phố Hải Phòng được giao xử lý một câu hỏi của người dân')
    expect(mail.text).toContain('Nội dung: Tôi làm nông, muốn đóng BHXH tự nguyện')
    expect(mail.text).toContain('Địa bàn: Phường Thiên Hương')
    expect(mail.text).toContain('Người gửi đã để lại thông tin liên hệ')
    for (const secret of ['Nguyễn Văn Bình', '0912345678', 'binh@example.vn']) expect(mail.raw).not.toContain(secret)

    // Saving again without changing the assignee sends nothing more.
    await payload.update({ collection: 'feedback', id: item.id, data: { satisfaction: 'neutral' } as never, ...as(editor) })
    await payload.jobs.run()
    expect(smtp.received).toHaveLength(1)
  })

  it('emails the answer to an asker who consented and gave an address, once', async () => {
    const item = await publicFeedback({ consent: true, name: 'Trần Thị Mai', email: 'mai@example.vn' })
    await payload.update({ collection: 'feedback', id: item.id, data: { status: 'assigned', assignedTo: hndOrg } as never, ...as(editor) })
    await payload.jobs.run()
    smtp.received.length = 0

    const answer = 'Chị được Nhà nước hỗ trợ 30% mức đóng theo chuẩn nghèo khu vực nông thôn, thêm phần hỗ trợ của thành phố.'
    await payload.update({ collection: 'feedback', id: item.id, data: { status: 'answered', answer } as never, ...as(hnd) })
    await payload.jobs.run()
    expect(smtp.received).toHaveLength(1)
    const mail = smtp.received[0]
    expect(mail.to).toEqual(['mai@example.vn'])
    expect(mail.subject).toBe('[Loa] Trả lời câu hỏi, góp ý của bạn về BHXH, BHYT')
    expect(mail.text).toContain('Kính gửi Trần Thị Mai,')
    expect(mail.text).toContain('> Tôi làm nông, muốn đóng BHXH tự nguyện')
    expect(mail.text).toContain('Trả lời của Hội Nông dân thành phố Hải Phòng:')
    expect(mail.text).toContain(answer)
    expect((await payload.findByID({ collection: 'feedback', id: item.id, depth: 0 })).answerEmailedAt).toBeTruthy()

    await payload.update({ collection: 'feedback', id: item.id, data: { satisfaction: 'satisfied' } as never, ...as(hnd) })
    await payload.jobs.run()
    expect(smtp.received).toHaveLength(1)
  })

  it('emails an answer once per item: reopening and answering again sends nothing more', async () => {
    const item = await publicFeedback({ consent: true, name: 'Lê Thị Thu', email: 'thu@example.vn', status: 'assigned', assignedTo: hndOrg })
    await payload.jobs.run()
    smtp.received.length = 0
    await payload.update({ collection: 'feedback', id: item.id, data: { status: 'answered', answer: 'Chị đóng tại đại lý thu BHXH của phường.' } as never, ...as(hnd) })
    await payload.jobs.run()
    expect(smtp.received.map((m) => m.to)).toEqual([['thu@example.vn']])

    await payload.update({ collection: 'feedback', id: item.id, data: { status: 'assigned' } as never, ...as(hnd) })
    await payload.update({ collection: 'feedback', id: item.id, data: { status: 'answered', answer: 'Một nội dung khác gửi lại lần nữa.' } as never, ...as(hnd) })
    await payload.jobs.run()
    await payload.update({ collection: 'feedback', id: item.id, data: { satisfaction: 'satisfied' } as never, ...as(hnd) })
    await payload.jobs.run()
    expect(smtp.received).toHaveLength(1)
  })

  it('duplicating an answered item is refused, so the asker is not emailed again', async () => {
    const item = await publicFeedback({ consent: true, name: 'Vũ Văn Hải', email: 'hai@example.vn', status: 'assigned', assignedTo: hndOrg })
    await payload.jobs.run()
    smtp.received.length = 0
    await payload.update({ collection: 'feedback', id: item.id, data: { status: 'answered', answer: 'Anh tra cứu trên VssID.' } as never, ...as(hnd) })
    await payload.jobs.run()
    smtp.received.length = 0
    const before = (await payload.count({ collection: 'feedback' })).totalDocs
    await expect(payload.duplicate({ collection: 'feedback', id: item.id, ...as(editor) })).rejects.toThrow()
    await expect(payload.duplicate({ collection: 'feedback', id: item.id })).rejects.toThrow()
    await payload.jobs.run()
    expect(smtp.received).toHaveLength(0)
    expect((await payload.count({ collection: 'feedback' })).totalDocs).toBe(before)
  })

  it('staff cannot send an official answer to an address they typed themselves', async () => {
    await payload.create({
      collection: 'feedback',
      data: { text: 'Ghi nhận qua điện thoại.', source: 'hotline', consent: true, name: 'Người bất kỳ', email: 'nguoi-khac@example.vn', status: 'answered', answer: 'Nội dung bất kỳ nhân danh cơ quan.' } as never,
      ...as(editor),
    })
    await payload.jobs.run()
    expect(smtp.received).toHaveLength(0)
  })

  it('sends no answer by email without an address or without consent', async () => {
    const phoneOnly = await publicFeedback({ consent: true, phone: '0987654321' })
    const anonymous = await publicFeedback({})
    for (const item of [phoneOnly, anonymous]) {
      await payload.update({ collection: 'feedback', id: item.id, data: { status: 'answered', answer: 'Xem hỏi – đáp số 12.' } as never, ...as(editor) })
    }
    await payload.jobs.run()
    expect(smtp.received).toHaveLength(0)
  })
})
