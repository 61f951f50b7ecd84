/** What a fresh install holds: the facts of the 2026–2030 plan, demo accounts, and a seed that runs once. */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../src/seed'
import { DEMO_ACCOUNTS } from '../../src/seed/demo'
import { seededPayload } from '../helpers'

let payload: Payload
beforeAll(async () => {
  payload = await seededPayload({ content: true })
})
afterAll(async () => {
  await payload?.destroy()
})

/**
 * Section III of the plan as published, copied from the city's plan text into test/fixtures (the
 * project never reads the shared seed folder, which a clone elsewhere does not have).
 */
function planSectionIII(): string[] {
  const section = fs.readFileSync(path.resolve(__dirname, '../fixtures/plan-2026-2030-section-III.txt'), 'utf8')
  return [...section.matchAll(/^\d\. (.+?)[;.]\s*$/gm)].map((m) => m[1].trim())
}

describe('the content library a fresh install starts with', () => {
  const anonymous = { overrideAccess: false, depth: 0, pagination: false } as const

  it('holds the legal documents the plans cite, with their numbers and statuses', async () => {
    const { docs } = await payload.find({ collection: 'legal-documents', depth: 0, pagination: false })
    const numbers = docs.map((d) => d.number)
    for (const n of ['41/2024/QH15', '25/2008/QH12', '46/2014/QH13', '51/2024/QH15', '146/2018/NĐ-CP', '02/2025/NĐ-CP', '1676/QĐ-TTg', '52-CT/TW']) {
      expect(numbers.some((x) => x.startsWith(n)), n).toBe(true)
    }
    expect(docs.find((d) => d.number.startsWith('41/2024/QH15'))?.status).toBe('in_force')
  })

  it('publishes at least 20 messages, 30 Q&A and 10 materials, all approved, covering every group and theme', async () => {
    const groups = (await payload.find({ collection: 'audience-groups', depth: 0, pagination: false })).docs
    const topics = (await payload.find({ collection: 'topics', depth: 0, pagination: false })).docs
    const topGroupOf = (id: unknown) => {
      const g = groups.find((x) => String(x.id) === String(id))!
      return g.parent ? groups.find((x) => String(x.id) === String(g.parent))!.code : g.code
    }
    const themeOf = (id: unknown) => {
      const t = topics.find((x) => String(x.id) === String(id))!
      return t.kind === 'theme' ? t.code : topics.find((x) => String(x.id) === String(t.theme))?.code
    }
    const minimum = { messages: 20, questions: 30, materials: 10 } as const
    for (const collection of ['messages', 'questions', 'materials'] as const) {
      const { docs } = await payload.find({ collection, ...anonymous })
      expect(docs.length, collection).toBeGreaterThanOrEqual(minimum[collection])
      expect(docs.every((d) => d.status === 'approved' && (d.legalBasis?.length ?? 0) > 0)).toBe(true)
      const seenGroups = new Set(docs.flatMap((d) => (d.audienceGroups as unknown[]).map(topGroupOf)))
      const seenThemes = new Set(docs.flatMap((d) => (d.topics as unknown[]).map(themeOf)))
      expect([...seenGroups].sort(), collection).toEqual(['1', '2', '3', '4', '5', '6'])
      expect(['ND1', 'ND2', 'ND3', 'ND4', 'ND5'].every((t) => seenThemes.has(t)), collection).toBe(true)
    }
    const { docs: messages } = await payload.find({ collection: 'messages', ...anonymous })
    expect(messages.every((m) => [...m.short].length <= 160)).toBe(true)
  })

  it('gives every material a public cover image with its social-share size', async () => {
    const { docs } = await payload.find({ collection: 'materials', depth: 1, pagination: false, overrideAccess: false })
    for (const m of docs) {
      const cover = m.cover as { isPublic?: boolean; sizes?: { social?: { width?: number; height?: number } } }
      expect(cover?.sizes?.social).toMatchObject({ width: 1200, height: 630 })
    }
    const media = await payload.find({ collection: 'media', depth: 0, pagination: false, overrideAccess: false })
    expect(media.totalDocs).toBe(docs.length)
  })
})

describe('a fresh install of Loa', () => {
  it('has all 114 communes of the new Hải Phòng: 67 xã, 45 phường, 2 đặc khu', async () => {
    const count = (kind: string) => payload.count({ collection: 'localities', where: { kind: { equals: kind } } })
    expect((await payload.count({ collection: 'localities' })).totalDocs).toBe(114)
    expect((await count('xa')).totalDocs).toBe(67)
    expect((await count('phuong')).totalDocs).toBe(45)
    expect((await count('dac_khu')).totalDocs).toBe(2)
    const specialZones = await payload.find({ collection: 'localities', where: { kind: { equals: 'dac_khu' } }, depth: 0 })
    expect(specialZones.docs.map((d) => d.name).sort()).toEqual(['Đặc khu Bạch Long Vĩ', 'Đặc khu Cát Hải'])
  })

  it('has one People’s Committee per commune and every body of section VI', async () => {
    const committees = await payload.count({ collection: 'organizations', where: { kind: { equals: 'commune_committee' } } })
    expect(committees.totalDocs).toBe(114)
    for (const name of [
      'Sở Nội vụ thành phố Hải Phòng',
      'Bảo hiểm xã hội thành phố Hải Phòng',
      'Liên đoàn Lao động thành phố Hải Phòng',
      'Hội Nông dân thành phố Hải Phòng',
      'Hội Liên hiệp Phụ nữ thành phố Hải Phòng',
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Hải Phòng',
      'Liên minh Hợp tác xã thành phố Hải Phòng',
      'Báo và Phát thanh, Truyền hình Hải Phòng',
      'Thuế thành phố Hải Phòng',
      'Công an thành phố Hải Phòng',
      'UBND phường Thiên Hương',
    ]) {
      expect((await payload.count({ collection: 'organizations', where: { name: { equals: name } } })).totalDocs, name).toBe(1)
    }
  })

  it('gives the bodies of the 2026 annual plan (IV.9–11) and every sub-duty of section VI a duty of their own', async () => {
    const dutiesOf = async (name: string) => {
      const org = await payload.find({ collection: 'organizations', where: { name: { equals: name } }, depth: 0, limit: 1 })
      expect(org.docs, name).toHaveLength(1)
      const duties = await payload.find({ collection: 'assignments', where: { organization: { equals: org.docs[0].id } }, depth: 0, limit: 50 })
      return duties.docs.map((d) => `${d.section} ${d.title}`)
    }
    expect(await dutiesOf('Thống kê thành phố Hải Phòng')).toEqual([expect.stringMatching(/^KH 2026, IV\.9 .*dân số/)])
    expect(await dutiesOf('Ban Quản lý khu kinh tế Hải Phòng')).toHaveLength(2)
    expect(await dutiesOf('Ban Thi đua – Khen thưởng thành phố Hải Phòng')).toEqual([expect.stringMatching(/thi đua, khen thưởng/)])
    // Sub-duties that used to live only in an organization's description.
    expect(await dutiesOf('Công an thành phố Hải Phòng')).toContainEqual(expect.stringMatching(/^VI\.8 Phát hiện, xử lý các hành vi vi phạm/))
    expect(await dutiesOf('Thuế thành phố Hải Phòng')).toContainEqual(expect.stringMatching(/^VI\.9 .*hỗ trợ người nộp thuế/))
    expect(await dutiesOf('Báo và Phát thanh, Truyền hình Hải Phòng')).toContainEqual(expect.stringMatching(/^VI\.10 .*mô hình hay/))
    expect(await dutiesOf('Bảo hiểm xã hội thành phố Hải Phòng')).toContainEqual(expect.stringMatching(/^VI\.4 Hướng dẫn BHXH cơ sở/))
    expect(await dutiesOf('Sở Nội vụ thành phố Hải Phòng')).toContainEqual(expect.stringMatching(/^VI\.1 .*tháo gỡ khó khăn/))
    expect(await dutiesOf('Bưu điện thành phố Hải Phòng')).toContainEqual(expect.stringMatching(/^VI\.13 Tuyên truyền, tư vấn/))
  })

  it('has the six audience groups in the plan’s own words', async () => {
    const groups = await payload.find({ collection: 'audience-groups', where: { parent: { exists: false } }, sort: 'code', depth: 0 })
    const planWording = planSectionIII()
    expect(planWording).toHaveLength(6)
    // The published text misprints "tiểu thương" (small traders) as "tiêu thương"; Loa spells it right.
    expect(groups.docs.map((g) => g.name)).toEqual(planWording.map((w) => w.replace('tiêu thương', 'tiểu thương')))
  })

  it('places each priority sub-group under one of the six groups', async () => {
    const subGroups = await payload.find({ collection: 'audience-groups', where: { parent: { exists: true } }, depth: 1 })
    expect(subGroups.totalDocs).toBeGreaterThanOrEqual(5)
    for (const g of subGroups.docs) expect((g.parent as { parent?: unknown }).parent ?? null).toBeNull()
    const names = subGroups.docs.map((g) => g.shortName).join(' | ')
    for (const needle of ['gián đoạn', 'Hộ kinh doanh', 'cận nghèo', '60', 'năm cuối']) expect(names).toContain(needle)
  })

  it('has the five content themes and the policy topics of the seeds', async () => {
    expect((await payload.count({ collection: 'topics', where: { kind: { equals: 'theme' } } })).totalDocs).toBe(5)
    const policies = await payload.find({ collection: 'topics', where: { kind: { equals: 'policy' } }, depth: 0, limit: 0, pagination: false })
    const text = policies.docs.map((t) => t.name).join(' | ')
    for (const needle of ['2024', '56/2025', '55/2025', 'một lần', 'Chậm đóng', 'VssID', 'ATM']) expect(text).toContain(needle)
  })

  it('holds the 2026 and 2030 city-wide targets as data', async () => {
    const target = async (indicator: string, year: number) =>
      (await payload.find({ collection: 'targets', where: { indicator: { equals: indicator }, year: { equals: year } }, depth: 0 })).docs[0]
    expect((await target('bhytCoverage', 2026)).minimum).toBe(95.5)
    expect((await target('bhxhParticipation', 2026)).minimum).toBe(56.8)
    expect((await target('bhxhCompulsory', 2026)).minimum).toBe(50.6)
    expect((await target('bhxhVoluntary', 2026)).minimum).toBe(6.2)
    expect((await target('bhtnParticipation', 2026)).minimum).toBe(49)
    const bhxh2030 = await target('bhxhParticipation', 2030)
    expect([bhxh2030.minimum, bhxh2030.maximum]).toEqual([62, 63])
    expect(bhxh2030.title).toContain('62–63%')
  })

  it('has the approved city plan and a duty for every organization in the responsibility matrix', async () => {
    const city = await payload.find({ collection: 'plans', where: { periodKind: { equals: 'term' } }, depth: 0 })
    expect(city.docs[0].status).toBe('approved')
    const orgs = await payload.find({ collection: 'organizations', limit: 0, pagination: false, depth: 0 })
    const assignments = await payload.find({ collection: 'assignments', limit: 0, pagination: false, depth: 0 })
    const withDuty = new Set(assignments.docs.map((a) => String(a.organization)))
    const without = orgs.docs.filter((o) => !withDuty.has(String(o.id))).map((o) => o.name)
    expect(without).toEqual([])
  })

  it('has the demo accounts with their roles and organizations', async () => {
    const users = await payload.find({ collection: 'users', depth: 1, limit: 0, pagination: false })
    expect(users.docs.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort())
    const thienHuong = users.docs.find((u) => u.email === 'thienhuong@demo.loa')!
    expect(thienHuong.role).toBe('coordinator')
    expect((thienHuong.organization as { name: string }).name).toBe('UBND phường Thiên Hương')
    const login = await payload.login({ collection: 'users', data: { email: 'ldld@demo.loa', password: 'loa-demo-2026' } })
    expect(login.token).toBeTruthy()
  })

  it('seeds only once: a second run changes nothing and keeps users’ work', async () => {
    const work = await payload.create({ collection: 'plans', data: { title: 'Việc của người dùng', year: 2028, organization: (await payload.find({ collection: 'organizations', limit: 1, depth: 0 })).docs[0].id } as never })
    const before = {
      organizations: (await payload.count({ collection: 'organizations' })).totalDocs,
      users: (await payload.count({ collection: 'users' })).totalDocs,
      plans: (await payload.count({ collection: 'plans' })).totalDocs,
    }
    const again = await seed(payload, { demo: true })
    expect(again.seeded).toBe(false)
    expect((await payload.count({ collection: 'organizations' })).totalDocs).toBe(before.organizations)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before.users)
    expect((await payload.count({ collection: 'plans' })).totalDocs).toBe(before.plans)
    expect((await payload.findByID({ collection: 'plans', id: work.id, depth: 0 })).title).toBe('Việc của người dùng')
  })
})
