/**
 * Reading and writing the sheets people exchange: XLSX through exceljs, CSV through papaparse
 * (UTF-8 with a BOM, so Excel shows Vietnamese letters; a comma or semicolon as the separator,
 * as Vietnamese Excel writes it).
 */
import ExcelJS from 'exceljs'
import Papa from 'papaparse'

import { csvSafeCell } from '../domain/csvCells'
import { UNREADABLE_WORKBOOK, WORKBOOK_LIMITS, workbookRefusal, zipArchiveProblem } from '../domain/zipArchive'

export type SheetFormat = 'xlsx' | 'csv'
export const MAX_SHEET_BYTES = 5 * 1024 * 1024

export const CONTENT_TYPES: Record<SheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
}

/** The format by file name, or by the XLSX (zip) signature when the name says nothing. */
export function sheetFormat(fileName: string, data: Buffer): SheetFormat | null {
  if (/\.xlsx$/i.test(fileName)) return 'xlsx'
  if (/\.(csv|txt)$/i.test(fileName)) return 'csv'
  return data.subarray(0, 2).toString('latin1') === 'PK' ? 'xlsx' : null
}

/** A cell's plain value: formulas give their result, rich text its text, dates their ISO form. */
function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue)
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('text' in value) return value.text
    return null
  }
  return value
}

/** A sheet Loa will not read, with the HTTP status to answer (the message is Vietnamese). */
export class SheetRefusal extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413 = 400,
  ) {
    super(message)
  }
}

const tooLong = (maxRows: number) =>
  new SheetRefusal(
    `Bảng tính dài hơn ${maxRows.toLocaleString('vi-VN')} dòng (kể cả dòng tiêu đề), quá giới hạn một lần nhập. Hãy chia thành nhiều tệp. ` +
      `(The sheet has more than ${maxRows} rows, header included.)`,
    413,
  )

/**
 * The first worksheet as rows of cell values, at most `maxRows` of them (rows past it are refused,
 * never built). Throws a SheetRefusal when the file cannot or may not be read: an XLSX is checked
 * against WORKBOOK_LIMITS before exceljs unpacks anything.
 */
export async function readSheet(data: Buffer, format: SheetFormat, { maxRows = Infinity }: { maxRows?: number } = {}): Promise<unknown[][]> {
  if (format === 'csv') {
    const text = data.toString('utf8').replace(/^\uFEFF/, '')
    const parsed = Papa.parse<string[]>(text, {
      skipEmptyLines: 'greedy',
      delimitersToGuess: [',', ';', '\t'],
      // One row more than allowed is enough to know the file is too long.
      preview: Number.isFinite(maxRows) ? maxRows + 1 : 0,
    })
    if (parsed.errors.some((e) => e.type === 'Quotes')) throw new SheetRefusal('Tệp CSV bị lỗi dấu ngoặc kép, không đọc được.')
    if (parsed.data.length > maxRows) throw tooLong(maxRows)
    return parsed.data
  }
  const problem = await zipArchiveProblem(data, WORKBOOK_LIMITS)
  if (problem) {
    const { message, status } = workbookRefusal(problem)
    throw new SheetRefusal(message, status)
  }
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer)
  } catch {
    throw new SheetRefusal(UNREADABLE_WORKBOOK)
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  // rowCount is the last row's number: one cell on row 1 048 576 must not build a million empty rows.
  if (sheet.rowCount > maxRows) throw tooLong(maxRows)
  const rows: unknown[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellValue)
    rows[number - 1] = values
  })
  return Array.from(rows, (r) => r ?? [])
}

export type SheetColumn = { key: string; header: string; width?: number; numFmt?: string }

/**
 * One sheet with a bold, frozen header row; numbers keep their type. Every CSV Loa sends goes
 * through here, so every CSV cell is neutralized against formula injection (csvSafeCell).
 */
export async function writeSheet(format: SheetFormat, name: string, columns: SheetColumn[], rows: Record<string, unknown>[]): Promise<Buffer> {
  if (format === 'csv') {
    const csv = Papa.unparse({
      fields: columns.map((c) => csvSafeCell(c.header) as string),
      data: rows.map((r) => columns.map((c) => csvSafeCell(r[c.key] ?? ''))),
    })
    return Buffer.from(`\uFEFF${csv}\r\n`, 'utf8')
  }
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Loa'
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({ key: c.key, header: c.header, width: c.width ?? Math.max(12, c.header.length + 2), style: c.numFmt ? { numFmt: c.numFmt } : {} }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
