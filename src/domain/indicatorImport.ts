/**
 * Importing participation figures from the spreadsheet BHXH thành phố sends (one row per commune
 * and period): the template's columns, reading Vietnamese-formatted cells, matching communes by
 * name, and every problem reported by row and column in Vietnamese. All or nothing: a file with
 * one bad row writes nothing. Plain functions; the endpoint reads the file and writes the rows.
 */
import { COUNT_FIELDS, COUNT_LABELS, figureErrors, participationRates, PERIOD_LABELS, type Counts, type Period, type Rates } from './participation'
import { foldForSearch } from './text'

export type Column = { key: string; header: string }

/** The template's columns, in order. Headers are matched ignoring accents, case and spacing. */
export const IMPORT_COLUMNS: Column[] = [
  { key: 'commune', header: 'Xã, phường, đặc khu' },
  { key: 'year', header: 'Năm' },
  { key: 'period', header: 'Kỳ (H1, H2, Năm)' },
  ...COUNT_FIELDS.map((key) => ({ key, header: COUNT_LABELS[key].vi })),
  { key: 'note', header: 'Ghi chú' },
]

/** The columns an export adds after the counts: the computed rates. */
export const RATE_COLUMNS: { key: keyof Rates; header: string }[] = [
  { key: 'bhytCoverage', header: 'Tỷ lệ bao phủ BHYT (% dân số)' },
  { key: 'bhxhParticipation', header: 'Tỷ lệ tham gia BHXH (% LLLĐ)' },
  { key: 'bhxhCompulsoryRate', header: 'BHXH bắt buộc (% LLLĐ)' },
  { key: 'bhxhVoluntaryRate', header: 'BHXH tự nguyện (% LLLĐ)' },
  { key: 'bhtnParticipation', header: 'Tỷ lệ tham gia BHTN (% LLLĐ)' },
]

const REQUIRED = IMPORT_COLUMNS.filter((c) => c.key !== 'note').map((c) => c.key)
/** The most rows one file may hold: 114 communes × 3 periods × 5 years, with room to spare. */
export const MAX_IMPORT_ROWS = 5000

export type ImportProblem = { row: number | null; column: string | null; message: string }
export type ImportRow = { row: number; localityId: number | string; commune: string; year: number; period: Period; note: string | null } & Counts & { rates: Rates }
export type Locality = { id: number | string; name: string }

const headerKey = (text: string) => foldForSearch(text)

/** Which column each header cell is; unknown headers are ignored, missing required ones reported. */
export function mapHeaders(cells: unknown[]): { columns: (string | null)[]; problems: ImportProblem[] } {
  const known = new Map<string, string>()
  for (const c of IMPORT_COLUMNS) {
    known.set(headerKey(c.header), c.key)
    known.set(headerKey(c.key), c.key)
  }
  known.set(headerKey('Kỳ'), 'period')
  const columns = cells.map((cell) => known.get(headerKey(String(cell ?? ''))) ?? null)
  const missing = REQUIRED.filter((key) => !columns.includes(key))
  const problems = missing.map((key) => ({
    row: 1,
    column: IMPORT_COLUMNS.find((c) => c.key === key)!.header,
    message: `Thiếu cột "${IMPORT_COLUMNS.find((c) => c.key === key)!.header}". Hãy dùng tệp mẫu.`,
  }))
  return { columns, problems }
}

/**
 * A count as Vietnamese spreadsheets write it: 12345, "12.345", "12,345", "12 345". Anything else
 * (text, a decimal such as "12,5") comes back as NaN or a fraction for the checks to refuse.
 */
export function parseCount(value: unknown): number | null | typeof NaN {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return value
  const text = String(value).replace(/[\s\u00a0]/g, '')
  if (text === '') return null
  if (/^-?\d{1,3}([.,]\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ''))
  if (/^-?\d+([.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'))
  return Number.NaN
}

/** "H1", "6 tháng đầu năm", "Năm", "cả năm", "year"… → the period, or null. */
export function parsePeriod(value: unknown): Period | null {
  const text = foldForSearch(String(value ?? ''))
  if (['h1', '1', 'i', '6 thang dau nam', 'dau nam', PERIOD_LABELS.h1.en.toLowerCase()].includes(text)) return 'h1'
  if (['h2', '2', 'ii', '6 thang cuoi nam', 'cuoi nam', PERIOD_LABELS.h2.en.toLowerCase()].includes(text)) return 'h2'
  if (['nam', 'ca nam', 'year', 'whole year', 'y'].includes(text)) return 'year'
  return null
}

/**
 * Finds a commune by name: exact (case and spacing aside), else after folding accents and case,
 * else without its "Xã/Phường/Đặc khu" prefix — at each step only when one commune fits. The
 * accented name comes first: Xã Cẩm Giang and Xã Cẩm Giàng are two communes that fold alike.
 */
export function communeMatcher(localities: Locality[]) {
  const exact = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()
  const strip = (name: string) => name.replace(/^(xa|phuong|dac khu|xã|phường|đặc khu) /, '')
  const keys = [exact, foldForSearch, (n: string) => strip(exact(n)), (n: string) => strip(foldForSearch(n))]
  const indexes = keys.map((key) => {
    const index = new Map<string, Locality[]>()
    for (const l of localities) index.set(key(l.name), [...(index.get(key(l.name)) ?? []), l])
    return index
  })
  return (name: string): Locality | 'ambiguous' | null => {
    if (!foldForSearch(name)) return null
    for (const [i, key] of keys.entries()) {
      const candidates = indexes[i].get(key(name)) ?? []
      if (candidates.length === 1) return candidates[0]
      if (candidates.length > 1) return 'ambiguous'
    }
    return null
  }
}

const LABEL: Record<string, string> = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header]))

/**
 * Reads the sheet's rows (the first is the header) into figures, or lists every problem. Nothing
 * is valid unless everything is: the caller writes only when `problems` is empty.
 */
export function readImport(sheet: unknown[][], localities: Locality[]): { rows: ImportRow[]; problems: ImportProblem[] } {
  if (sheet.length === 0) return { rows: [], problems: [{ row: null, column: null, message: 'Tệp trống.' }] }
  const { columns, problems } = mapHeaders(sheet[0])
  if (problems.length) return { rows: [], problems }
  const body = sheet.slice(1)
  if (body.length > MAX_IMPORT_ROWS) {
    return { rows: [], problems: [{ row: null, column: null, message: `Tệp có ${body.length} dòng, tối đa ${MAX_IMPORT_ROWS} dòng mỗi lần nhập.` }] }
  }
  const findCommune = communeMatcher(localities)
  const rows: ImportRow[] = []
  const seen = new Map<string, number>()
  body.forEach((cells, i) => {
    const row = i + 2
    const record: Record<string, unknown> = {}
    columns.forEach((key, c) => {
      if (key) record[key] = cells[c]
    })
    if (Object.values(record).every((v) => v === null || v === undefined || String(v).trim() === '')) return // blank line
    const rowProblems: ImportProblem[] = []
    const problem = (column: string | null, message: string) => rowProblems.push({ row, column: column ? (LABEL[column] ?? column) : null, message })

    const communeName = String(record.commune ?? '').trim()
    const locality = findCommune(communeName)
    if (!communeName) problem('commune', 'Thiếu tên xã, phường, đặc khu.')
    else if (locality === 'ambiguous') problem('commune', `"${communeName}" trùng tên nhiều đơn vị: ghi đủ "Xã …", "Phường …" hoặc "Đặc khu …", đúng dấu.`)
    else if (!locality) problem('commune', `Không có xã, phường, đặc khu tên "${communeName}" trong danh mục 114 đơn vị.`)

    const year = parseCount(record.year)
    const period = parsePeriod(record.period)
    const counts = Object.fromEntries(COUNT_FIELDS.map((f) => [f, parseCount(record[f])]))
    for (const e of figureErrors({ year, period: period ?? record.period, ...counts })) problem(e.field, e.message)

    if (locality && typeof locality === 'object' && typeof year === 'number' && period) {
      const key = `${locality.id}|${year}|${period}`
      const first = seen.get(key)
      if (first) problem('commune', `Trùng với dòng ${first}: cùng đơn vị, năm và kỳ.`)
      else seen.set(key, row)
    }
    if (rowProblems.length) {
      problems.push(...rowProblems)
      return
    }
    const c = counts as Counts
    rows.push({
      row,
      localityId: (locality as Locality).id,
      commune: (locality as Locality).name,
      year: year as number,
      period: period as Period,
      note: record.note ? String(record.note).trim() || null : null,
      ...c,
      rates: participationRates(c),
    })
  })
  if (!rows.length && !problems.length) problems.push({ row: null, column: null, message: 'Tệp không có dòng số liệu nào.' })
  return { rows, problems }
}
