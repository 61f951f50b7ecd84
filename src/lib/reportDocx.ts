/**
 * An OfficialReport as a Word document laid out as Nghị định 30/2020/NĐ-CP (Phụ lục I) asks of an
 * administrative document: A4, margins 20/20/30/15 mm, Times New Roman, the two-column header
 * (issuer | national title and motto), kind and subject centred, I/1/a) numbered sections,
 * "Nơi nhận" and the signature block at the end, page numbers centred at the top from page 2.
 */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip as mm,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx'

import {
  formatReportCell,
  isNumericKind,
  vietnameseDateLine,
  type OfficialReport,
  type ReportSection,
  type ReportTable,
} from '../domain/officialReport'

const FONT = 'Times New Roman'
/** A4 less the left (30 mm) and right (15 mm) margins, in twips. */
const CONTENT = mm(210 - 30 - 15)
// The national title (12 pt bold) needs about 91 mm; the rest is the issuer's.
const HEADER_LEFT = mm(71)
const HEADER_RIGHT = CONTENT - HEADER_LEFT
/** Body paragraphs: 1.27 cm first-line indent, 6 pt before, a little over single line spacing. */
const BODY_INDENT = mm(12.7)
const BODY_SPACING = { before: 120, after: 0, line: 288 }

type Align = (typeof AlignmentType)[keyof typeof AlignmentType]
type LineOptions = { size?: number; bold?: boolean; italics?: boolean; align?: Align; before?: number; after?: number; keepNext?: boolean }

/** One paragraph of one run; sizes in points. */
function line(text: string, o: LineOptions = {}): Paragraph {
  return new Paragraph({
    alignment: o.align ?? AlignmentType.CENTER,
    spacing: { before: o.before ?? 0, after: o.after ?? 0 },
    keepNext: o.keepNext,
    children: [new TextRun({ text, size: (o.size ?? 14) * 2, bold: o.bold, italics: o.italics })],
  })
}

/**
 * A short solid rule, centred in a space `within` twips wide: a 2 pt empty paragraph with a top
 * border, 3 pt below the line above so it clears the descenders (ạ, ụ) instead of striking them.
 */
function rule(width: number, within: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((within - width) / 2))
  return new Paragraph({
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: side, right: side },
    spacing: { before: 60, after, line: 40, lineRule: 'exact' },
    run: { size: 2 },
  })
}

/** Rough width of a line of capitals in Times New Roman (about 0.7 em each), in twips. */
const capsWidth = (text: string, pt: number) => Math.round(text.length * pt * 20 * 0.7)

/** Layout tables (header, signature): no borders, no cell padding, so text lines up with the margins. */
const noBorders = { borders: TableBorders.NONE, layout: TableLayoutType.FIXED, margins: { left: 0, right: 0 } }
const cell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, children })

function headerTable(report: OfficialReport): Table {
  const name = report.issuer.name.toLocaleUpperCase('vi')
  // Decree: the rule under the issuer is 1/3 to 1/2 of the name; under the motto, as long as the motto.
  const issuerRule = Math.min(mm(40), Math.max(mm(18), capsWidth(name, 13) / 2))
  const left = [
    ...(report.issuer.parent ? [line(report.issuer.parent.toLocaleUpperCase('vi'), { size: 12 })] : []),
    line(name, { size: 13, bold: true }),
    rule(issuerRule, HEADER_LEFT),
    line(report.number, { size: 13, before: 120 }),
  ]
  const right = [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }),
    line('Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true }),
    rule(mm(56), HEADER_RIGHT),
    line(vietnameseDateLine(report.place, report.date), { size: 14, italics: true, before: 120 }),
  ]
  return new Table({
    ...noBorders,
    width: { size: CONTENT, type: WidthType.DXA },
    columnWidths: [HEADER_LEFT, HEADER_RIGHT],
    rows: [new TableRow({ children: [cell(HEADER_LEFT, left), cell(HEADER_RIGHT, right)] })],
  })
}

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
export function romanNumeral(n: number): string {
  let out = ''
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters
  return out
}

/** "I." at the top, "1." below, then "a)", then a dash: the usual order of Vietnamese reports. */
function sectionLabel(depth: number, index: number): string {
  if (depth === 0) return `${romanNumeral(index + 1)}.`
  if (depth === 1) return `${index + 1}.`
  if (depth === 2) return `${String.fromCharCode(97 + (index % 26))})`
  return '-'
}

function body(text: string, o: { bold?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY_INDENT },
    spacing: BODY_SPACING,
    keepNext: o.keepNext,
    children: [new TextRun({ text, bold: o.bold })],
  })
}

function section(s: ReportSection, depth: number, index: number): (Paragraph | Table)[] {
  return [
    body(`${sectionLabel(depth, index)} ${s.heading}`, { bold: depth < 2, keepNext: true }),
    ...(s.paragraphs ?? []).map((p) => body(p)),
    ...(s.tables ?? []).flatMap(dataTable),
    ...(s.subsections ?? []).flatMap((sub, i) => section(sub, depth + 1, i)),
  ]
}

/** Column widths from their content: text columns take the room, number columns what they need. */
function columnWidths(t: ReportTable): number[] {
  const weights = t.columns.map((c, i) => {
    const longest = Math.max(0, ...[...t.rows, t.total ?? []].map((r) => formatReportCell(r[i] ?? null, c.kind).length))
    // Headers wrap at word breaks, so their longest word is the floor of a column's width.
    const word = Math.max(...c.header.split(/\s+/).map((w) => w.length))
    return Math.min(40, Math.max(6, longest + 1, word, Math.min(c.header.length, 14)))
  })
  const sum = weights.reduce((a, b) => a + b, 0)
  const widths = weights.map((w) => Math.floor((CONTENT * w) / sum))
  widths[widths.length - 1] += CONTENT - widths.reduce((a, b) => a + b, 0)
  return widths
}

/** Numbers right, short codes such as "TT" centred, text left. */
function columnAlignments(t: ReportTable): Align[] {
  return t.columns.map((c, i) => {
    if (isNumericKind(c.kind)) return AlignmentType.RIGHT
    const short = t.rows.length > 0 && t.rows.every((r) => String(r[i] ?? '').length <= 4)
    return short ? AlignmentType.CENTER : AlignmentType.LEFT
  })
}

function dataRow(widths: number[], aligns: Align[], values: string[], o: { header?: boolean; bold?: boolean; size?: number } = {}): TableRow {
  return new TableRow({
    tableHeader: o.header,
    cantSplit: true,
    children: values.map((value, i) => {
      const align = o.header ? AlignmentType.CENTER : aligns[i]
      return new TableCell({
        width: { size: widths[i], type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        children: [
          new Paragraph({
            alignment: align,
            spacing: { before: 40, after: 40 },
            children: [new TextRun({ text: value, size: o.size ?? 24, bold: o.header || o.bold })],
          }),
        ],
      })
    }),
  })
}

function dataTable(t: ReportTable): (Paragraph | Table)[] {
  const widths = columnWidths(t)
  const aligns = columnAlignments(t)
  const format = (row: ReportTable['rows'][number]) => t.columns.map((c, i) => formatReportCell(row[i] ?? null, c.kind))
  // A wide table (the commune table) in 10 pt so its figures fit the portrait page unbroken.
  const size = t.columns.length > 8 ? 20 : 24
  const rows = [dataRow(widths, aligns, t.columns.map((c) => c.header), { header: true, size }), ...t.rows.map((r) => dataRow(widths, aligns, format(r), { size }))]
  if (t.rows.length === 0) {
    rows.push(new TableRow({ children: [new TableCell({ columnSpan: t.columns.length, children: [line('(Không có số liệu)', { size: 12, italics: true, before: 40, after: 40 })] })] }))
  }
  if (t.total) rows.push(dataRow(widths, aligns, format(t.total), { bold: true, size }))
  return [
    line(t.caption, { size: 13, bold: true, before: 180, after: 60, keepNext: true }),
    new Table({
      width: { size: CONTENT, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { left: 80, right: 80 },
      rows,
    }),
    ...(t.note ? [new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { before: 60 }, children: [new TextRun({ text: t.note, size: 24, italics: true })] })] : []),
  ]
}

/** "- item;" for each recipient, "." after the last (usually "Lưu: VT, …"), as in the decree's samples. */
function recipientLines(recipients: string[]): Paragraph[] {
  return recipients.map((r, i) => {
    const text = /[.;:,]$/.test(r.trim()) ? r.trim() : `${r.trim()}${i === recipients.length - 1 ? '.' : ';'}`
    return line(`- ${text}`, { size: 11, align: AlignmentType.LEFT })
  })
}

function signatureTable(report: OfficialReport): Table {
  const half = Math.round(CONTENT / 2)
  const left = [line('Nơi nhận:', { size: 12, bold: true, italics: true, align: AlignmentType.LEFT }), ...recipientLines(report.recipients)]
  // The role may be two lines ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"); four empty lines leave room to sign and stamp.
  const right = [
    ...report.signer.role.split('\n').map((r) => line(r.toLocaleUpperCase('vi'), { bold: true })),
    ...Array.from({ length: 4 }, () => line('')),
    line(report.signer.name ?? '', { bold: true }),
  ]
  return new Table({
    ...noBorders,
    width: { size: CONTENT, type: WidthType.DXA },
    columnWidths: [half, CONTENT - half],
    rows: [new TableRow({ cantSplit: true, children: [cell(half, left), cell(CONTENT - half, right)] })],
  })
}

export async function reportDocx(report: OfficialReport): Promise<Buffer> {
  const pageNumber = new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 26 })] })] })
  const doc = new Document({
    creator: 'Loa',
    title: `${report.kind} ${report.title}`,
    styles: { default: { document: { run: { font: FONT, size: 28, language: { value: 'vi-VN' } }, paragraph: { spacing: { before: 0, after: 0 } } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({})] }) },
        children: [
          headerTable(report),
          line(report.kind.toLocaleUpperCase('vi'), { bold: true, before: 360 }),
          line(report.title, { bold: true }),
          rule(mm(30), CONTENT, 120),
          ...report.sections.flatMap((s, i) => section(s, 0, i)),
          new Paragraph({ spacing: { before: 240 } }),
          signatureTable(report),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}
