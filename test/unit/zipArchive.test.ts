import { describe, expect, it } from 'vitest'

import { MAX_WORKBOOK_ENTRIES, MAX_WORKBOOK_UNPACKED_BYTES, WORKBOOK_LIMITS, workbookRefusal, zipArchiveProblem } from '../../src/domain/zipArchive'
import { writeSheet } from '../../src/lib/spreadsheets'
import { repetitiveZipEntry, SHEET_CLOSE, SHEET_OPEN, workbookParts, zipArchive, zipEntry } from '../zipFiles'

const MB = 1024 * 1024
const row = '<row r="1"><c r="A1" t="inlineStr"><is><t>Phường An Biên</t></is></c></row>'
const smallWorkbook = () => zipArchive(workbookParts(zipEntry('xl/worksheets/sheet1.xml', SHEET_OPEN + row + SHEET_CLOSE)))

describe('zipArchiveProblem: what an XLSX may unpack to', () => {
  it('accepts a workbook as exceljs writes it, and a hand-built one', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ commune: `Phường ${i}`, year: 2026, count: 45_000 + i }))
    const written = await writeSheet('xlsx', 'So lieu', [{ key: 'commune', header: 'Xã' }, { key: 'year', header: 'Năm' }, { key: 'count', header: 'Số' }], rows)
    expect(await zipArchiveProblem(written, WORKBOOK_LIMITS)).toBeNull()
    expect(await zipArchiveProblem(smallWorkbook(), WORKBOOK_LIMITS)).toBeNull()
  })

  it('refuses a 100 KB file whose sheet unpacks to 100 MB, from the sizes it declares', async () => {
    const sheet = await repetitiveZipEntry('xl/worksheets/sheet1.xml', SHEET_OPEN, ' ', 100 * MB, SHEET_CLOSE)
    const bomb = zipArchive(workbookParts(sheet))
    expect(bomb.length).toBeLessThan(200 * 1024)
    const problem = await zipArchiveProblem(bomb, WORKBOOK_LIMITS)
    expect(problem).toMatchObject({ problem: 'too-large' })
    expect((problem as { bytes: number }).bytes).toBeGreaterThan(100 * MB)
  })

  it('refuses the same file declaring a small size: inflating stops one byte past what it declares', async () => {
    const sheet = await repetitiveZipEntry('xl/worksheets/sheet1.xml', SHEET_OPEN, ' ', 100 * MB, SHEET_CLOSE)
    const started = Date.now()
    expect(await zipArchiveProblem(zipArchive(workbookParts({ ...sheet, declaredSize: 4096 })), WORKBOOK_LIMITS)).toEqual({ problem: 'false-sizes' })
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('refuses an entry unpacking to less than it declares, and a total just over the limit', async () => {
    const sheet = zipEntry('xl/worksheets/sheet1.xml', SHEET_OPEN + row + SHEET_CLOSE)
    expect(await zipArchiveProblem(zipArchive(workbookParts({ ...sheet, declaredSize: sheet.size + 10 })), WORKBOOK_LIMITS)).toEqual({ problem: 'unreadable' })
    const padding = { ...zipEntry('xl/media/pad.bin', ''), declaredSize: MAX_WORKBOOK_UNPACKED_BYTES - sheet.size + 1 }
    const problem = await zipArchiveProblem(zipArchive([sheet, padding]), WORKBOOK_LIMITS)
    expect(problem).toEqual({ problem: 'too-large', bytes: MAX_WORKBOOK_UNPACKED_BYTES + 1 })
  })

  it('refuses more entries than a workbook has', async () => {
    const many = Array.from({ length: MAX_WORKBOOK_ENTRIES + 1 }, (_, i) => zipEntry(`xl/x${i}.xml`, '<x/>'))
    expect(await zipArchiveProblem(zipArchive(many), WORKBOOK_LIMITS)).toEqual({ problem: 'too-many-entries', entries: MAX_WORKBOOK_ENTRIES + 1 })
    expect(await zipArchiveProblem(zipArchive(many.slice(1)), WORKBOOK_LIMITS)).toBeNull()
  })

  it('refuses what it cannot read exactly as exceljs would: not a zip, cut short, data before the archive', async () => {
    const good = smallWorkbook()
    const unreadable = { problem: 'unreadable' }
    expect(await zipArchiveProblem(Buffer.from('Xã,Năm\nAn Biên,2026\n'), WORKBOOK_LIMITS)).toEqual(unreadable)
    expect(await zipArchiveProblem(good.subarray(0, good.length - 30), WORKBOOK_LIMITS)).toEqual(unreadable)
    expect(await zipArchiveProblem(good.subarray(200), WORKBOOK_LIMITS)).toEqual(unreadable)
    expect(await zipArchiveProblem(Buffer.concat([Buffer.from('MZ prepended'), good]), WORKBOOK_LIMITS)).toEqual(unreadable)
    const corrupt = Buffer.from(good)
    corrupt.fill(0xff, 60, 80) // inside the first entry's deflated data
    expect(await zipArchiveProblem(corrupt, WORKBOOK_LIMITS)).toEqual(unreadable)
  })
})

describe('workbookRefusal', () => {
  it('answers size with a 413 in Vietnamese, the rest with a 400', () => {
    expect(workbookRefusal({ problem: 'too-large', bytes: 100 * MB + 5 })).toEqual({
      status: 413,
      message:
        'Tệp Excel khi giải nén lớn 100,1 MB, vượt giới hạn 10 MB. Hãy chỉ giữ trang số liệu cần nhập, lưu lại rồi thử lại. (The workbook unpacks to more than 10 MB.)',
    })
    expect(workbookRefusal({ problem: 'too-many-entries', entries: 600 }).status).toBe(413)
    expect(workbookRefusal({ problem: 'false-sizes' })).toMatchObject({ status: 400, message: expect.stringMatching(/khai sai kích thước/) })
    expect(workbookRefusal({ problem: 'unreadable' })).toMatchObject({ status: 400, message: expect.stringMatching(/^Không đọc được tệp Excel/) })
  })
})
