/**
 * Participation figures per commune and period (plan tasks V.6–V.8): the counts BHXH thành phố
 * reports, the rates computed from them (never typed), and the checks a figure must pass. Plain
 * functions, unit-tested on hand-checked numbers.
 */
import { isYearInTerm, TERM_FIRST_YEAR, TERM_LAST_YEAR } from './period'

/** Half-years and whole years: the periods figures are reported for (plan section VIII). */
export const PERIODS = ['h1', 'h2', 'year'] as const
export type Period = (typeof PERIODS)[number]

export const PERIOD_LABELS: Record<Period, { vi: string; en: string }> = {
  h1: { vi: '6 tháng đầu năm', en: 'First half' },
  h2: { vi: '6 tháng cuối năm', en: 'Second half' },
  year: { vi: 'Cả năm', en: 'Whole year' },
}

/** The counts, in the order of the import template's columns. */
export const COUNT_FIELDS = [
  'population',
  'labourForce',
  'bhytParticipants',
  'bhxhCompulsory',
  'bhxhVoluntary',
  'bhtnParticipants',
] as const
export type CountField = (typeof COUNT_FIELDS)[number]
export type Counts = Record<CountField, number>

export const COUNT_LABELS: Record<CountField, { vi: string; en: string }> = {
  population: { vi: 'Dân số', en: 'Population' },
  labourForce: { vi: 'Lực lượng lao động trong độ tuổi', en: 'Working-age labour force' },
  bhytParticipants: { vi: 'Số người tham gia BHYT', en: 'BHYT participants' },
  bhxhCompulsory: { vi: 'Số người tham gia BHXH bắt buộc', en: 'Compulsory BHXH participants' },
  bhxhVoluntary: { vi: 'Số người tham gia BHXH tự nguyện', en: 'Voluntary BHXH participants' },
  bhtnParticipants: { vi: 'Số người tham gia BHTN', en: 'BHTN participants' },
}

/** Rates in percent, rounded to two decimals; null when the basis is missing or zero. */
export type Rates = {
  bhytCoverage: number | null
  bhxhParticipation: number | null
  bhxhCompulsoryRate: number | null
  bhxhVoluntaryRate: number | null
  bhtnParticipation: number | null
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 100 : null)

/**
 * BHYT over population; BHXH (compulsory + voluntary), each part, and BHTN over the working-age
 * labour force — the bases the plan's targets use (II.2).
 */
export function participationRates(c: Counts): Rates {
  return {
    bhytCoverage: percent(c.bhytParticipants, c.population),
    bhxhParticipation: percent(c.bhxhCompulsory + c.bhxhVoluntary, c.labourForce),
    bhxhCompulsoryRate: percent(c.bhxhCompulsory, c.labourForce),
    bhxhVoluntaryRate: percent(c.bhxhVoluntary, c.labourForce),
    bhtnParticipation: percent(c.bhtnParticipants, c.labourForce),
  }
}

/** City totals are the sums of the communes' counts; rates are computed again from the sums. */
export function sumCounts(rows: Counts[]): Counts {
  const total = Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0])) as Counts
  for (const row of rows) for (const f of COUNT_FIELDS) total[f] += row[f]
  return total
}

export type FigureError = { field: string; message: string }

/**
 * Every reason a set of figures cannot be stored. Missing counts, negatives and fractions; more
 * insured than people; a labour force larger than the population; BHXH or BHTN participants above
 * the population (a commune's insured may include people working past the age bracket, so the
 * labour force is not a ceiling, the population is).
 */
export function figureErrors(input: { year?: unknown; period?: unknown } & Partial<Record<CountField, unknown>>): FigureError[] {
  const errors: FigureError[] = []
  if (!isYearInTerm(input.year)) errors.push({ field: 'year', message: `Năm phải trong giai đoạn ${TERM_FIRST_YEAR}–${TERM_LAST_YEAR}.` })
  if (!PERIODS.includes(input.period as Period)) errors.push({ field: 'period', message: 'Kỳ phải là 6 tháng đầu năm, 6 tháng cuối năm hoặc cả năm.' })
  const counts: Partial<Counts> = {}
  for (const field of COUNT_FIELDS) {
    const value = input[field]
    const name = COUNT_LABELS[field].vi
    if (value === null || value === undefined || value === '') errors.push({ field, message: `Thiếu "${name}".` })
    else if (typeof value !== 'number' || !Number.isFinite(value)) errors.push({ field, message: `"${name}" phải là số.` })
    else if (value < 0) errors.push({ field, message: `"${name}" không được âm.` })
    else if (!Number.isInteger(value)) errors.push({ field, message: `"${name}" phải là số nguyên (số người).` })
    else counts[field] = value
  }
  const { population, labourForce } = counts
  if (population !== undefined) {
    if (population === 0) errors.push({ field: 'population', message: 'Dân số phải lớn hơn 0.' })
    if (labourForce !== undefined && labourForce > population) {
      errors.push({ field: 'labourForce', message: `Lực lượng lao động (${labourForce}) lớn hơn dân số (${population}).` })
    }
    const above = (field: CountField, value: number | undefined) => {
      if (value !== undefined && value > population) {
        errors.push({ field, message: `${COUNT_LABELS[field].vi} (${value}) lớn hơn dân số (${population}).` })
      }
    }
    above('bhytParticipants', counts.bhytParticipants)
    above('bhtnParticipants', counts.bhtnParticipants)
    if (counts.bhxhCompulsory !== undefined && counts.bhxhVoluntary !== undefined) {
      const bhxh = counts.bhxhCompulsory + counts.bhxhVoluntary
      if (bhxh > population) {
        errors.push({ field: 'bhxhCompulsory', message: `Tổng số người tham gia BHXH (${bhxh}) lớn hơn dân số (${population}).` })
      }
    }
  }
  return errors
}
