/**
 * An OfficialReport as an Excel workbook for people who redo the sums: a "Thông tin" sheet with
 * the issuer, number, date and subject, then one sheet per table (caption in row 1, headers in
 * row 3, frozen). Numbers stay numbers; percentages are stored as fractions with a "0.00%" format,
 * so 95.52 in the report is 0.9552 in the cell and Excel shows 95,52% in a Vietnamese locale.
 */
import ExcelJS from 'exceljs'

import { ILLUSTRATIVE_NOTE } from '../domain/letterhead'
import {
  isNumericKind,
  reportTables,
  vietnameseDate,
  vietnameseDateLine,
  type OfficialReport,
  type ReportCell,
  type ReportColumnKind,
  type ReportTable,
} from '../domain/officialReport'

const INFO_SHEET = 'Thông tin'
const HEADER_ROW = 3
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } }
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN }
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }
/** One font throughout, as in the DOCX: a cell given only `bold` would fall back to another face. */
const FONT: Partial<ExcelJS.Font> = { name: 'Times New Roman', size: 12 }
/** A4, as wide as one page, as many pages down as it takes. */
const PAGE: Partial<ExcelJS.PageSetup> = { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
const NUM_FMT: Record<ReportColumnKind, string | undefined> = { text: undefined, integer: '#,##0', money: '#,##0', percent: '0.00%', decimal: '#,##0.0#' }

/**
 * Excel's rules for sheet names: none of : \ / ? * [ ], no apostrophe at either end, at most
 * 31 characters, not "History", unique regardless of case. Clashes get " (2)", " (3)"…
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  let base = wanted.replace(/[:\\/?*[\]]/g, '-').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '')
  if (!base || base.toLowerCase() === 'history') base = `Bảng ${base}`.trim()
  base = base.slice(0, 31).trim()
  let name = base
  for (let n = 2; taken.has(name.toLocaleLowerCase('vi')); n++) {
    const suffix = ` (${n})`
    name = `${base.slice(0, 31 - suffix.length).trim()}${suffix}`
  }
  taken.add(name.toLocaleLowerCase('vi'))
  return name
}

/** Row height for text wrapped in a column `width` characters wide (exceljs does not measure it). */
const wrappedHeight = (text: string, width: number) => 16 * Math.max(1, Math.ceil((text.length * 1.1) / width))

/** A cell's stored value: numbers in numeric columns (percent as a fraction), text elsewhere. */
function stored(value: ReportCell, kind: ReportColumnKind | undefined): ExcelJS.CellValue {
  if (value === null || value === '') return null
  // toFixed: 95.52 is stored as 0.9552, not 0.9551999999999999.
  if (typeof value === 'number' && isNumericKind(kind)) return kind === 'percent' ? Number((value / 100).toFixed(10)) : value
  return value
}

function infoSheet(workbook: ExcelJS.Workbook, report: OfficialReport, tables: { name: string; table: ReportTable }[]): void {
  const sheet = workbook.addWorksheet(INFO_SHEET, { pageSetup: { ...PAGE, orientation: 'portrait' } })
  sheet.columns = [{ width: 22 }, { width: 70 }]
  const rows: [string, string][] = [
    ['Cơ quan chủ quản', report.issuer.parent ?? ''],
    ['Cơ quan ban hành', report.issuer.name],
    ['Số', report.number],
    ['Ngày', vietnameseDate(report.date)],
    ['Địa danh, ngày', vietnameseDateLine(report.place, report.date)],
    ['Loại văn bản', report.kind],
    ['Trích yếu', report.title],
    ['Người ký', [report.signer.role.replace(/\n/g, ' '), report.signer.name].filter(Boolean).join(': ')],
    // Built from demo data: said on the first sheet, as under the DOCX's title.
    ...(report.illustrative ? ([['Ghi chú', ILLUSTRATIVE_NOTE]] as [string, string][]) : []),
  ]
  const heading = `${report.kind} ${report.title}`
  sheet.addRow([heading]).height = wrappedHeight(heading, 92)
  sheet.mergeCells('A1:B1')
  Object.assign(sheet.getCell('A1'), { font: { ...FONT, size: 13, bold: true }, alignment: { wrapText: true, vertical: 'top' } })
  const pair = ([label, value]: [string, string], bold = true) => {
    const row = sheet.addRow([label, value])
    row.height = wrappedHeight(value, 70)
    row.getCell(1).font = { ...FONT, bold }
    row.getCell(2).font = FONT
    row.alignment = { wrapText: true, vertical: 'top' }
  }
  sheet.addRow([])
  for (const r of rows) pair(r)
  if (tables.length) {
    sheet.addRow([])
    sheet.addRow(['Các bảng số liệu']).getCell(1).font = { ...FONT, bold: true }
    for (const t of tables) pair([t.name, t.table.caption], false)
  }
}

/** Width in characters from the longest header word or cell, within 8–50. */
function columnWidth(t: ReportTable, i: number): number {
  const headerWord = Math.max(...t.columns[i].header.split(/\s+/).map((w) => w.length))
  // Numbers gain a separator every three digits, percentages a sign and decimals.
  const cells = [...t.rows, t.total ?? []].map((r) => Math.ceil(String(r[i] ?? '').length * (isNumericKind(t.columns[i].kind) ? 1.4 : 1)) + 3)
  return Math.min(50, Math.max(8, headerWord + 2, Math.min(t.columns[i].header.length, 24), ...cells))
}

function tableSheet(workbook: ExcelJS.Workbook, name: string, t: ReportTable): void {
  const widths = t.columns.map((_, i) => columnWidth(t, i))
  const wide = widths.reduce((a, b) => a + b, 0) > 100
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { ...PAGE, orientation: wide ? 'landscape' : 'portrait', printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  })
  t.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1)
    column.width = widths[i]
    const numFmt = NUM_FMT[c.kind ?? 'text']
    if (numFmt) column.numFmt = numFmt
  })
  const caption = sheet.getCell(1, 1)
  caption.value = t.caption
  caption.font = { ...FONT, size: 13, bold: true }

  const header = sheet.getRow(HEADER_ROW)
  t.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1)
    cell.value = c.header
    cell.font = { ...FONT, bold: true }
    cell.fill = HEADER_FILL
    cell.border = BORDER
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  })

  const write = (values: ReportCell[], bold: boolean) => {
    const row = sheet.addRow(t.columns.map((c, i) => stored(values[i] ?? null, c.kind)))
    t.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1)
      cell.border = BORDER
      cell.font = { ...FONT, bold }
      if (!isNumericKind(c.kind)) cell.alignment = { wrapText: true, vertical: 'top' }
    })
  }
  for (const r of t.rows) write(r, false)
  if (t.total) write(t.total, true)
  if (t.note) {
    sheet.addRow([])
    sheet.addRow([t.note]).getCell(1).font = { ...FONT, italic: true }
  }
}

export async function reportXlsx(report: OfficialReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Loa'
  workbook.title = `${report.kind} ${report.title}`
  const taken = new Set([INFO_SHEET.toLocaleLowerCase('vi')])
  const tables = reportTables(report).map((table) => ({ name: sheetName(table.sheet, taken), table }))
  infoSheet(workbook, report, tables)
  for (const { name, table } of tables) tableSheet(workbook, name, table)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
