/**
 * Demo evaluation data so the dashboard and the reports have something to show on a fresh
 * install: illustrative participation figures for every commune (first half and whole year of the
 * seeding year; clearly marked as demo in their note), two unit reports of the first half — one
 * submitted to Sở Nội vụ, one still a draft — and the year's city-wide results. Deterministic: the same numbers on every install.
 */
import type { Payload, PayloadRequest } from 'payload'

import { TERM_FIRST_YEAR, TERM_LAST_YEAR, vietnamDate } from '../domain/period'

type Id = number | string

/** A stable pseudo-random number in [0, 1) from a string (FNV-1a), so every install matches. */
function unit(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h / 4294967296
}

export function demoFigures(commune: string, period: 'h1' | 'year') {
  const population = 8_000 + Math.round(unit(`${commune}|pop`) * 52_000)
  const labourForce = Math.round(population * (0.55 + unit(`${commune}|lf`) * 0.1))
  // Coverage between 92.5 % and 98.5 %; the whole year a little above the first half.
  const bhyt = 0.925 + unit(`${commune}|bhyt`) * 0.06 + (period === 'year' ? 0.004 : 0)
  const compulsory = 0.38 + unit(`${commune}|bb`) * 0.18
  const voluntary = 0.03 + unit(`${commune}|tn`) * 0.06 + (period === 'year' ? 0.003 : 0)
  return {
    population,
    labourForce,
    bhytParticipants: Math.round(population * bhyt),
    bhxhCompulsory: Math.round(labourForce * compulsory),
    bhxhVoluntary: Math.round(labourForce * voluntary),
    bhtnParticipants: Math.round(labourForce * compulsory * 0.92),
  }
}

export async function seedDemoEvaluation(
  payload: Payload,
  req: PayloadRequest,
  refs: { localities: Map<string, Id>; organizations: Map<string, Id> },
  now = new Date(),
): Promise<void> {
  const year = Math.min(TERM_LAST_YEAR, Math.max(TERM_FIRST_YEAR, Number(vietnamDate(now).slice(0, 4))))
  for (const [name, locality] of refs.localities) {
    for (const period of ['h1', 'year'] as const) {
      await payload.create({
        collection: 'indicators',
        data: { locality, year, period, ...demoFigures(name, period), source: 'manual', note: 'Số liệu minh họa (demo), không phải số liệu thật.' } as never,
        req,
        depth: 0,
      })
    }
  }
  const report = (orgKey: string, results: string) =>
    payload.create({
      collection: 'reports',
      data: { kind: 'unit', status: 'draft', organization: refs.organizations.get(orgKey), year, period: 'h1', results } as never,
      req,
      depth: 0,
    })
  const submitted = await report('hnd', 'Hội đã phối hợp BHXH thành phố tổ chức đối thoại chính sách BHXH tự nguyện cho hội viên nông dân tại các xã.')
  await payload.update({
    collection: 'reports',
    id: submitted.id,
    data: { status: 'submitted', difficulties: 'Thu nhập của hội viên không ổn định, khó duy trì đóng BHXH tự nguyện.', proposals: 'Đề nghị hỗ trợ thêm mức đóng cho hộ cận nghèo.' } as never,
    req,
    depth: 0,
  })
  await report('ldld', 'Công đoàn các cấp đã tuyên truyền Luật BHXH 2024 tại các khu công nghiệp.')
  for (const [indicator, value] of Object.entries(DEMO_CITY_RESULTS)) {
    await payload.create({
      collection: 'city-results',
      data: { indicator, year, period: 'year', value, source: 'Số liệu minh họa (demo)', note: 'Số liệu minh họa (demo), không phải số liệu thật.' } as never,
      req,
      depth: 0,
    })
  }
}

/** Illustrative city-wide results: two targets met, two missed, so the dashboard shows both. */
const DEMO_CITY_RESULTS = { contributionCollection: 101.4, onlineProcedures: 100, benefitsThroughAccounts: 98.6, pupilsBhyt: 99.3 }
