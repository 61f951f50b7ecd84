/**
 * The shape of an official report (periodic report of a body, the consolidated city report, the
 * mid-term and final reviews) before it is written out as DOCX or XLSX. Built from Loa's data by
 * src/lib/reportCompiler.ts; laid out by src/lib/reportDocx.ts and src/lib/reportXlsx.ts.
 * Plain data: strings and numbers only, so the writers never reach the database.
 */
export type ReportCell = string | number | null
export type ReportColumnKind = 'text' | 'integer' | 'percent' | 'money' | 'decimal'

export type ReportTable = {
  /** Short name, used as the XLSX sheet name (≤ 31 characters, unique within a report). */
  sheet: string
  /** Caption above the table in the DOCX, e.g. "Bảng 1. Kết quả theo xã, phường, đặc khu". */
  caption: string
  /** `percent` cells hold percentage points (95.52 means 95,52%); `money` cells whole đồng; `decimal` up to two decimals (rates per 1,000). */
  columns: { header: string; kind?: ReportColumnKind }[]
  rows: ReportCell[][]
  /** Optional bold last row (e.g. "Tổng cộng"). */
  total?: ReportCell[]
  note?: string
}

export type ReportSection = {
  /** Numbered by the writer: I, II, III… at the top level; 1, 2, 3… below. */
  heading: string
  paragraphs?: string[]
  tables?: ReportTable[]
  subsections?: ReportSection[]
}

export type OfficialReport = {
  /**
   * Left header block: the body above the issuer, then the issuer, e.g. "UBND THÀNH PHỐ HẢI PHÒNG" / "SỞ NỘI VỤ";
   * a newline in `name` prints it on two bold lines ("ỦY BAN NHÂN DÂN\nPHƯỜNG THIÊN HƯƠNG").
   */
  issuer: { parent?: string; name: string }
  /** "Số: 15/BC-SNV" (the number may be left blank for a draft: "Số:     /BC-SNV"). */
  number: string
  /** Place and date line, e.g. { place: 'Hải Phòng', date: '2027-01-20' } → "Hải Phòng, ngày 20 tháng 01 năm 2027". */
  place: string
  date: string
  /** "BÁO CÁO" and the subject line below it. */
  kind: string
  title: string
  sections: ReportSection[]
  /** "Nơi nhận:" list, bottom left. */
  recipients: string[]
  /** Bottom right: e.g. { role: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' }; role and name may be empty for a draft (blank lines). */
  signer: { role: string; name?: string }
  /** Built from demo data: the writers print "Số liệu minh họa" under the title and on the information sheet. */
  illustrative?: boolean
}

/** The commune table's columns (city report, priority order): one definition for the compiler and the layout tests. */
export const COMMUNE_TABLE_COLUMNS: ReportTable['columns'] = [
  { header: 'TT', kind: 'integer' },
  { header: 'Xã, phường, đặc khu' },
  { header: 'Tỷ lệ BHYT (%)', kind: 'percent' },
  { header: 'Chỉ tiêu BHYT (%)', kind: 'percent' },
  { header: 'Còn thiếu (điểm %)', kind: 'percent' },
  { header: 'Tỷ lệ BHXH (%)', kind: 'percent' },
  { header: 'Chỉ tiêu BHXH (%)', kind: 'percent' },
  { header: 'Còn thiếu (điểm %)', kind: 'percent' },
  { header: 'Sự kiện/1.000 dân', kind: 'decimal' },
  { header: 'Người dự/1.000 dân', kind: 'decimal' },
  { header: 'Ưu tiên' },
  { header: 'Nguyên nhân, giải pháp' },
]

/**
 * "Hải Phòng, ngày 05 tháng 7 năm 2027": Nghị định 30/2020/NĐ-CP (Phụ lục I, mục I.5) writes a
 * leading zero only before days 1–9 and months 1 and 2 ("ngày 10 tháng 02 năm 2027").
 */
export function vietnameseDateLine(place: string, date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date)
  if (!m) throw new Error(`Ngày báo cáo không hợp lệ (cần YYYY-MM-DD): ${date}`)
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12 || day < 1 || day > 31) throw new Error(`Ngày báo cáo không hợp lệ: ${date}`)
  const dd = day < 10 ? `0${day}` : String(day)
  const mm = month <= 2 ? `0${month}` : String(month)
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`
}

/** "05/01/2027" from "2027-01-05", for the XLSX information sheet. */
export function vietnameseDate(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-')
  return `${day}/${month}/${year}`
}

/** Vietnamese number: "." between thousands, "," before decimals (1.234.567; 95,52). */
function vi(n: number, minDecimals: number, maxDecimals: number): string {
  // Round first and add 0 so −0,004 reads "0", not "-0".
  n = Number(n.toFixed(maxDecimals)) + 0
  return n.toLocaleString('vi-VN', { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals })
}

/** True for the kinds whose cells are numbers (right-aligned, typed as numbers in XLSX). */
export function isNumericKind(kind: ReportColumnKind | undefined): boolean {
  return kind === 'integer' || kind === 'percent' || kind === 'money' || kind === 'decimal'
}

/**
 * A cell as it reads in the document: integer and money 1.250.000, percent 95,52% (two decimals,
 * so a column lines up), other numbers with up to two decimals, null "–". Text, even empty, passes through.
 */
export function formatReportCell(value: ReportCell, kind: ReportColumnKind = 'text'): string {
  if (value === null) return '–'
  if (typeof value === 'string') return value
  if (!Number.isFinite(value)) return '–'
  switch (kind) {
    case 'percent':
      return `${vi(value, 2, 2)}%`
    case 'integer':
    case 'money':
      return vi(Math.round(value), 0, 0)
    default:
      return vi(value, 0, 2)
  }
}

/** Every table of the report in reading order, subsections included. */
export function reportTables(report: Pick<OfficialReport, 'sections'>): ReportTable[] {
  const walk = (sections: ReportSection[]): ReportTable[] =>
    sections.flatMap((s) => [...(s.tables ?? []), ...walk(s.subsections ?? [])])
  return walk(report.sections)
}

/** The document symbol comes from the organization's official abbreviation: see letterhead.ts. */
export { documentNumber } from './letterhead'
