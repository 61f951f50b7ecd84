import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'

import { communeCommitteeLetterhead } from '../../src/domain/letterhead'
import { COMMUNE_TABLE_COLUMNS, formatReportCell, reportTables, vietnameseDateLine, type OfficialReport, type ReportTable } from '../../src/domain/officialReport'
import { reportDocx, romanNumeral } from '../../src/lib/reportDocx'
import { reportXlsx, sheetName } from '../../src/lib/reportXlsx'
import { LOCALITIES } from '../../src/seed/data/localities'
import { brokenCells, convertToPdf, pdfPages, tablePages } from '../documents'

const run = promisify(execFile)
const SOFFICE = process.env.SOFFICE_PATH || '/usr/bin/soffice'
const MOTTO = 'Độc lập - Tự do - Hạnh phúc'
const TITLE = 'Kết quả công tác tuyên truyền chính sách BHXH, BHYT năm 2026'

const report: OfficialReport = {
  issuer: { parent: 'UBND thành phố Hải Phòng', name: 'Sở Nội vụ' },
  number: 'Số: 15/BC-SNV',
  place: 'Hải Phòng',
  date: '2027-01-20',
  kind: 'Báo cáo',
  title: TITLE,
  sections: [
    {
      heading: 'Tình hình triển khai',
      paragraphs: ['Thực hiện Kế hoạch số 12/KH-UBND, các xã, phường, đặc khu đã tổ chức tuyên truyền trực tiếp tại khu dân cư, chợ và doanh nghiệp.'],
      subsections: [
        {
          heading: 'Kết quả tuyên truyền tại xã, phường, đặc khu',
          paragraphs: ['Số người dự tăng so với năm trước; kinh phí được sử dụng đúng mục đích.'],
          tables: [
            {
              sheet: 'Theo xã/phường',
              caption: 'Bảng 1. Kết quả theo xã, phường, đặc khu',
              columns: [
                { header: 'TT' },
                { header: 'Xã, phường, đặc khu' },
                { header: 'Số buổi', kind: 'integer' },
                { header: 'Số người dự', kind: 'integer' },
                { header: 'Kinh phí (đồng)', kind: 'money' },
              ],
              rows: [
                ['1', 'Phường Thiên Hương', 12, 1234567, 1250000],
                ['2', 'Đặc khu Cát Hải', 5, 830, 4500000],
              ],
              total: ['', 'Tổng cộng', 17, 1235397, 5750000],
            },
          ],
        },
      ],
    },
    {
      heading: 'Phương hướng, nhiệm vụ năm 2027',
      paragraphs: ['Tiếp tục đổi mới hình thức tuyên truyền, chú trọng người lao động khu vực phi chính thức.'],
      tables: [
        {
          sheet: 'Chỉ tiêu',
          caption: 'Bảng 2. Tỷ lệ bao phủ BHYT, BHXH',
          columns: [{ header: 'Chỉ tiêu' }, { header: 'Năm 2026', kind: 'percent' }, { header: 'Mục tiêu 2030', kind: 'percent' }],
          rows: [
            ['Tỷ lệ dân số tham gia BHYT', 95.52, 99],
            ['Tỷ lệ lực lượng lao động tham gia BHXH', 41.3, null],
          ],
          note: 'Số liệu sơ bộ, cập nhật đến ngày 31/12/2026.',
        },
      ],
    },
  ],
  recipients: ['Bảo hiểm xã hội thành phố', 'UBND thành phố (để b/c)', 'Lưu: VT, TTr'],
  signer: { role: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Ánh' },
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-report-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

/** LibreOffice's PDF of a file, with a profile of its own so parallel runs don't share a lock. */
async function toPdf(file: string): Promise<{ pdf: Buffer; pdfFile: string }> {
  if (!fs.existsSync(SOFFICE)) throw new Error(`Cần LibreOffice – LibreOffice is needed at ${SOFFICE} (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)`)
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-lo-profile-'))
  try {
    await run(SOFFICE, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, file], { timeout: 120_000 })
  } finally {
    fs.rmSync(profile, { recursive: true, force: true })
  }
  const pdfFile = file.replace(/\.\w+$/, '.pdf')
  expect(fs.existsSync(pdfFile), `LibreOffice wrote no ${pdfFile}`).toBe(true)
  return { pdf: fs.readFileSync(pdfFile), pdfFile }
}

/** The PDF's text through pdftotext, whitespace folded; null when poppler-utils is missing. */
async function pdfText(file: string): Promise<string | null> {
  try {
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'])
    return stdout.normalize('NFC').replace(/\s+/g, ' ')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
}

function expectPdf(pdf: Buffer): void {
  expect(pdf.length).toBeGreaterThan(1024)
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF')
}

describe('formatting helpers', () => {
  it('writes the place and date line as the decree does: a leading zero for days 1–9 and months 1–2 only', () => {
    expect(vietnameseDateLine('Hải Phòng', '2027-01-05')).toBe('Hải Phòng, ngày 05 tháng 01 năm 2027')
    expect(vietnameseDateLine('Hải Phòng', '2027-07-05')).toBe('Hải Phòng, ngày 05 tháng 7 năm 2027')
    expect(vietnameseDateLine('Hải Phòng', '2027-12-31')).toBe('Hải Phòng, ngày 31 tháng 12 năm 2027')
    expect(() => vietnameseDateLine('Hải Phòng', '20/01/2027')).toThrow()
  })

  it('formats numbers the Vietnamese way', () => {
    expect(formatReportCell(1234567, 'integer')).toBe('1.234.567')
    expect(formatReportCell(1250000, 'money')).toBe('1.250.000')
    expect(formatReportCell(95.5, 'percent')).toBe('95,50%')
    expect(formatReportCell(95.5249, 'percent')).toBe('95,52%')
    expect(formatReportCell(1234.5)).toBe('1.234,5')
    expect(formatReportCell(-0.001, 'percent')).toBe('0,00%')
    expect(formatReportCell(null, 'integer')).toBe('–')
    expect(formatReportCell('Phường Thiên Hương')).toBe('Phường Thiên Hương')
  })

  it('numbers sections in Roman numerals and finds tables in subsections', () => {
    expect([1, 2, 4, 9, 14, 40].map(romanNumeral)).toEqual(['I', 'II', 'IV', 'IX', 'XIV', 'XL'])
    expect(reportTables(report).map((t) => t.sheet)).toEqual(['Theo xã/phường', 'Chỉ tiêu'])
  })

  it('makes sheet names Excel accepts, unique regardless of case', () => {
    const taken = new Set(['thông tin'])
    expect(sheetName('Theo xã/phường', taken)).toBe('Theo xã-phường')
    expect(sheetName('THÔNG TIN', taken)).toBe('THÔNG TIN (2)')
    const long = sheetName('Kết quả tuyên truyền theo xã, phường, đặc khu năm 2026', taken)
    expect(long.length).toBeLessThanOrEqual(31)
    const again = sheetName('Kết quả tuyên truyền theo xã, phường, đặc khu năm 2026', taken)
    expect(again).not.toBe(long)
    expect(again.length).toBeLessThanOrEqual(31)
    expect(sheetName("'[Bảng]*?'", taken)).toBe('-Bảng---')
  })
})

describe('reportDocx', () => {
  it('lays out the header, numbered sections, tables and recipients', async () => {
    const zip = await JSZip.loadAsync(await reportDocx(report))
    const xml = (await zip.file('word/document.xml')!.async('string')).normalize('NFC')
    const text = xml.replace(/<[^>]+>/g, '')
    const order = [
      'UBND THÀNH PHỐ HẢI PHÒNG',
      'SỞ NỘI VỤ',
      'Số: 15/BC-SNV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      MOTTO,
      'Hải Phòng, ngày 20 tháng 01 năm 2027',
      'BÁO CÁO',
      TITLE,
      'I. Tình hình triển khai',
      '1. Kết quả tuyên truyền tại xã, phường, đặc khu',
      'Bảng 1. Kết quả theo xã, phường, đặc khu',
      '1.234.567',
      '5.750.000',
      'II. Phương hướng, nhiệm vụ năm 2027',
      '95,52%',
      '–',
      'Số liệu sơ bộ, cập nhật đến ngày 31/12/2026.',
      'Nơi nhận:',
      '- Bảo hiểm xã hội thành phố;',
      '- UBND thành phố (để b/c);',
      '- Lưu: VT, TTr.',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Văn Ánh',
    ]
    let at = -1
    for (const piece of order) {
      const next = text.indexOf(piece, at + 1)
      expect(next, `"${piece}" after the previous piece`).toBeGreaterThan(at)
      at = next
    }
    // A4, margins 20/20/30/15 mm, a different first page (no number on it), the header row repeated.
    const twips = (mm: number) => (mm / 25.4) * 1440
    const attr = (tag: string, name: string) => Number(new RegExp(`<w:${tag}\\b[^>]*\\bw:${name}="(\\d+)"`).exec(xml)?.[1])
    expect(attr('pgSz', 'w')).toBeCloseTo(twips(210), -1)
    expect(attr('pgSz', 'h')).toBeCloseTo(twips(297), -1)
    for (const [side, mm] of [['top', 20], ['bottom', 20], ['left', 30], ['right', 15]] as const) expect(attr('pgMar', side)).toBeCloseTo(twips(mm), -1)
    expect(xml).toContain('<w:titlePg')
    expect(xml.match(/<w:tblHeader/g)).toHaveLength(2)
    const styles = await zip.file('word/styles.xml')!.async('string')
    expect(styles).toContain('Times New Roman')
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')))
    expect(headers.some((h) => h.includes('PAGE'))).toBe(true)
  })

  it('copes with a draft: no parent body, no signer name, a table without rows', async () => {
    const draft: OfficialReport = {
      ...report,
      issuer: { name: 'UBND phường Thiên Hương' },
      number: 'Số:      /BC-UBND',
      signer: { role: 'Chủ tịch' },
      sections: [{ heading: 'Kết quả', tables: [{ ...report.sections[1].tables![0], rows: [] }] }],
    }
    const zip = await JSZip.loadAsync(await reportDocx(draft))
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '')
    expect(text).toContain('UBND PHƯỜNG THIÊN HƯƠNG')
    expect(text).toContain('(Không có số liệu)')
    expect(text).toContain('CHỦ TỊCH')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await reportXlsx(draft)) as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Thông tin', 'Chỉ tiêu'])
  })

  it('LibreOffice renders it as a PDF with the motto and the title', { timeout: 180_000 }, async () => {
    const file = path.join(tmp, 'bao-cao.docx')
    fs.writeFileSync(file, await reportDocx(report))
    const { pdf, pdfFile } = await toPdf(file)
    expectPdf(pdf)
    // LOA_REPORT_SAMPLE=/tmp/report-sample.pdf keeps the rendering, to look at the layout.
    if (process.env.LOA_REPORT_SAMPLE) fs.writeFileSync(process.env.LOA_REPORT_SAMPLE, pdf)
    const text = await pdfText(pdfFile)
    if (text === null) {
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0).toBeGreaterThanOrEqual(1)
      return
    }
    for (const piece of [MOTTO, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', TITLE, 'I. Tình hình triển khai', '1.234.567', 'Nguyễn Văn Ánh']) expect(text).toContain(piece)
  })
})

describe('reportXlsx', () => {
  it('writes an information sheet and one typed sheet per table', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await reportXlsx(report)) as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Thông tin', 'Theo xã-phường', 'Chỉ tiêu'])

    const info = workbook.getWorksheet('Thông tin')!
    const infoText = info.getSheetValues().flat().filter((v) => typeof v === 'string')
    expect(infoText).toEqual(expect.arrayContaining(['UBND thành phố Hải Phòng', 'Sở Nội vụ', 'Số: 15/BC-SNV', '20/01/2027', TITLE]))

    const byArea = workbook.getWorksheet('Theo xã-phường')!
    expect(byArea.getCell('A1').value).toBe('Bảng 1. Kết quả theo xã, phường, đặc khu')
    expect(byArea.getCell('A1').font?.bold).toBe(true)
    expect((byArea.getRow(3).values as unknown[]).slice(1)).toEqual(['TT', 'Xã, phường, đặc khu', 'Số buổi', 'Số người dự', 'Kinh phí (đồng)'])
    expect(byArea.getRow(3).getCell(1).font?.bold).toBe(true)
    expect(byArea.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(byArea.getCell('D4').value).toBe(1234567)
    expect(byArea.getCell('D4').numFmt).toBe('#,##0')
    expect(byArea.getCell('A4').value).toBe('1')
    const total = byArea.getRow(6)
    expect((total.values as unknown[]).slice(2)).toEqual(['Tổng cộng', 17, 1235397, 5750000])
    expect(total.getCell(2).font?.bold).toBe(true)

    const targets = workbook.getWorksheet('Chỉ tiêu')!
    expect(targets.getCell('B4').value).toBe(0.9552)
    expect(targets.getCell('B4').numFmt).toBe('0.00%')
    expect(targets.getCell('C5').value).toBeNull()
    expect(targets.getCell('A7').value).toBe('Số liệu sơ bộ, cập nhật đến ngày 31/12/2026.')
    expect(targets.getCell('A7').font?.italic).toBe(true)
  })

  it('LibreOffice opens it and prints the title and the tables', { timeout: 180_000 }, async () => {
    const file = path.join(tmp, 'bao-cao.xlsx')
    fs.writeFileSync(file, await reportXlsx(report))
    const { pdf, pdfFile } = await toPdf(file)
    expectPdf(pdf)
    const text = await pdfText(pdfFile)
    if (text === null) {
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0).toBeGreaterThanOrEqual(1)
      return
    }
    for (const piece of [TITLE, 'Bảng 1. Kết quả theo xã, phường, đặc khu', 'Phường Thiên Hương', 'Tổng cộng']) expect(text).toContain(piece)
  })
})

// ------------------------------------------------------------------------------------------
// Read through LibreOffice: what an official sees on paper.

/** The commune table as the city report lays it out: 12 columns, one row per commune (114). */
function communeTable(): ReportTable {
  const communes = LOCALITIES.slice(0, 114)
  return {
    sheet: 'Theo xã, phường',
    caption: 'Bảng 3. Kết quả theo xã, phường, đặc khu – năm 2027',
    columns: COMMUNE_TABLE_COLUMNS,
    rows: communes.map((l, i) => [
      i + 1,
      l.name,
      90 + (i % 10) * 0.97,
      95.5,
      5.5 - (i % 10) * 0.97,
      38 + (i % 7) * 1.3,
      45,
      7 - (i % 7) * 1.3,
      i % 5 === 0 ? null : 0.4 + (i % 9) * 0.35,
      i % 5 === 0 ? null : 25.5 + i * 3.1,
      i % 3 === 0 ? 'Ưu tiên 1' : i % 3 === 1 ? 'Ưu tiên 2' : 'Đạt',
      i % 17 === 0 ? 'Nguyên nhân: lao động đi làm ăn xa' : '',
    ]),
  }
}

/** A commune committee's report from demo data, with a wide budget table of big numbers and the commune table. */
function communeReport(extra: string[] = []): OfficialReport {
  return {
    issuer: { name: communeCommitteeLetterhead('Phường Thiên Hương') },
    number: 'Số:       /BC-UBND',
    place: 'Hải Phòng',
    date: '2027-07-05',
    kind: 'BÁO CÁO',
    title: 'Kết quả công tác tuyên truyền BHXH, BHYT 6 tháng đầu năm 2027',
    illustrative: true,
    sections: [
      {
        heading: 'Kết quả thực hiện',
        paragraphs: ['Ủy ban nhân dân phường đã triển khai kế hoạch tuyên truyền tại các tổ dân phố.'],
        tables: [
          {
            sheet: 'Kinh phí',
            caption: 'Bảng 1. Kinh phí theo nguồn',
            columns: [
              { header: 'Nguồn kinh phí' },
              { header: 'Dự toán năm 2026 (đồng)', kind: 'money' },
              { header: 'Thực tế năm 2026 (đồng)', kind: 'money' },
              { header: 'Dự toán năm 2027 (đồng)', kind: 'money' },
              { header: 'Thực tế năm 2027 (đồng)', kind: 'money' },
              { header: 'Đã sử dụng (%)', kind: 'percent' },
              { header: 'Ghi chú' },
            ],
            rows: [
              ['Ngân sách nhà nước', 5_500_000_000, 4_987_654_321, 6_250_000_000, 5_123_456_789, 81.98, 'Nguyên văn theo dự toán được giao'],
              ['Kinh phí hoạt động của Bảo hiểm xã hội thành phố', 1_200_000_000, 1_150_000_000, 1_300_000_000, 990_000_000, 76.15, ''],
            ],
            total: ['Tổng cộng', 6_700_000_000, 6_137_654_321, 7_550_000_000, 6_113_456_789, 80.97, ''],
          },
        ],
      },
      { heading: 'Kết quả theo tổ dân phố', tables: [communeTable()] },
      { heading: 'Đề xuất, kiến nghị', paragraphs: [...extra, 'Đề nghị Sở Nội vụ tiếp tục hướng dẫn, hỗ trợ tài liệu tuyên truyền.'] },
    ],
    recipients: ['Sở Nội vụ (để tổng hợp)', 'BHXH thành phố (để theo dõi, tổng hợp)', 'Lưu: VT'],
    signer: { role: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', name: 'Trần Thị Bích' },
  }
}

describe('through LibreOffice: a document an official can sign', () => {
  it(
    'a commune committee’s report: two-line header, date line per Decree 30, "Số liệu minh họa", no number or word broken, the commune table on about three landscape pages',
    { timeout: 240_000 },
    async () => {
      const report = communeReport()
      const file = path.join(tmp, 'phuong-thien-huong.docx')
      fs.writeFileSync(file, await reportDocx(report))
      const { pdfFile } = await toPdf(file)
      if (process.env.LOA_REPORT_SAMPLE) fs.copyFileSync(pdfFile, process.env.LOA_REPORT_SAMPLE)
      const pages = await pdfPages(pdfFile)
      const first = pages[0].text
      // Left block: the issuer on two bold lines, no superior body above them; the number below.
      const firstLines = first.split('\n').map((l) => l.trim())
      expect(firstLines.findIndex((l) => l.startsWith('ỦY BAN NHÂN DÂN'))).toBeLessThan(firstLines.findIndex((l) => l.startsWith('PHƯỜNG THIÊN HƯƠNG')))
      expect(first).not.toContain('UBND THÀNH PHỐ')
      expect(first).toContain('Số:')
      expect(first).toContain('/BC-UBND')
      expect(first.replace(/\s+/g, ' ')).toContain('Hải Phòng, ngày 05 tháng 7 năm 2027')
      expect(first).toContain('Số liệu minh họa')

      const all = pages.map((p) => p.text).join('\n')
      expect(brokenCells(reportTables(report), all)).toEqual([])

      // The commune table: from its first row to its last, on landscape pages, three at most.
      const table = communeTable()
      const spanned = tablePages(pages, String(table.rows[0][1]), String(table.rows[table.rows.length - 1][1]))
      expect(spanned.length, 'pages of the 114-row commune table').toBeGreaterThan(0)
      expect(spanned.length, 'pages of the 114-row commune table').toBeLessThanOrEqual(3)
      expect(spanned.every((p) => p.landscape)).toBe(true)
      // The text before and after it stays portrait.
      expect(pages[0].landscape).toBe(false)
      expect(pages[pages.length - 1].landscape).toBe(false)
    },
  )

  it('its workbook: "Số liệu minh họa" on the first sheet, sheet names with accents, every number a number (rates per 1,000 too)', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await reportXlsx(communeReport())) as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Thông tin', 'Kinh phí', 'Theo xã, phường'])
    expect(workbook.getWorksheet('Thông tin')!.getSheetValues().flat()).toContain('Số liệu minh họa')
    const communes = workbook.getWorksheet('Theo xã, phường')!
    const row = communes.getRow(5).values as unknown[]
    // TT, then the rates, targets, gaps and rates per 1,000 (columns C–J); B is the commune's name.
    expect([row[1], ...row.slice(3, 11)].every((v) => v === null || v === undefined || typeof v === 'number')).toBe(true)
    expect(communes.getCell('J5').value).toBeCloseTo(28.6)
    expect(communes.getCell('J5').numFmt).toBe('#,##0.0#')
  })

  it('the signature block never stands alone on the last page, however long the text before it', { timeout: 300_000 }, async () => {
    // Reports of 1 to 30 extra lines: one of them would put the signature block alone on a page.
    const dir = fs.mkdtempSync(path.join(tmp, 'sign-'))
    const lengths = Array.from({ length: 30 }, (_, i) => i + 1)
    for (const n of lengths) {
      const filler = Array.from({ length: n }, (_, i) => `Nội dung kiến nghị thứ ${i + 1}.`)
      const r = { ...communeReport(filler), sections: [{ heading: 'Đề xuất, kiến nghị', paragraphs: [...filler, 'Đề nghị Sở Nội vụ tiếp tục hướng dẫn.'] }] }
      fs.writeFileSync(path.join(dir, `r${n}.docx`), await reportDocx(r))
    }
    await convertToPdf(lengths.map((n) => path.join(dir, `r${n}.docx`)))
    let multiPage = 0
    for (const n of lengths) {
      const pages = await pdfPages(path.join(dir, `r${n}.pdf`))
      const last = pages[pages.length - 1].text
      expect(last, `${n} lines: the signer is on the last page`).toContain('Trần Thị Bích')
      expect(last.replace(/\s+/g, ' '), `${n} lines: the last paragraph goes with the signature`).toContain('Đề nghị Sở Nội vụ tiếp tục hướng dẫn.')
      if (pages.length > 1) multiPage++
    }
    // The range covers a page break.
    expect(multiPage).toBeGreaterThan(0)
    expect(multiPage).toBeLessThan(lengths.length)
  })
})
