/**
 * An OfficialReport as a Word document laid out as Nghị định 30/2020/NĐ-CP (Phụ lục I) asks of an
 * administrative document: A4, margins 20/20/30/15 mm, Times New Roman, the two-column header
 * (issuer | national title and motto), kind and subject centred, I/1/a) numbered sections,
 * "Nơi nhận" and the signature block at the end (kept with the last paragraph), page numbers centred
 * at the top from page 2. Tables are sized from their content (src/domain/tableLayout.ts); one too
 * wide for a portrait page gets landscape pages of its own.
 */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip as mm,
  Document,
  Header,
  Packer,
  LineRuleType,
  PageNumber,
  PageOrientation,
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

import { ILLUSTRATIVE_NOTE } from '../domain/letterhead'
import {
  formatReportCell,
  isNumericKind,
  vietnameseDateLine,
  type OfficialReport,
  type ReportSection,
  type ReportTable,
} from '../domain/officialReport'
import { layoutTable, type TableLayout } from '../domain/tableLayout'

const FONT = 'Times New Roman'
/** A4 less the left (30 mm) and right (15 mm) margins, in twips. */
const CONTENT = mm(210 - 30 - 15)
/** A landscape A4 page: the binding edge is at the top, so 30 mm there, 15 mm below, 20 mm each side. */
const LANDSCAPE_MARGIN = { top: mm(30), bottom: mm(15), left: mm(20), right: mm(20), header: mm(10), footer: mm(10) }
const LANDSCAPE_CONTENT = mm(297 - 20 - 20)
/** Padding inside a data table's cells, left and right, in twips. */
const CELL_PADDING = 80
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
    keepLines: o.keepNext,
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
  // The issuer's name may be printed on two lines ("ỦY BAN NHÂN DÂN" / "PHƯỜNG THIÊN HƯƠNG").
  const names = report.issuer.name.toLocaleUpperCase('vi').split('\n').filter((l) => l.trim())
  const longest = names.reduce((a, b) => (b.length > a.length ? b : a), '')
  // Decree: the rule under the issuer is 1/3 to 1/2 of the name; under the motto, as long as the motto.
  const issuerRule = Math.min(mm(40), Math.max(mm(18), capsWidth(longest, 13) / 2))
  const left = [
    ...(report.issuer.parent ? report.issuer.parent.split('\n').map((l) => line(l.toLocaleUpperCase('vi'), { size: 12 })) : []),
    ...names.map((n) => line(n, { size: 13, bold: true })),
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
    keepLines: o.keepNext,
    children: [new TextRun({ text, bold: o.bold })],
  })
}

/** A run of the body: portrait text, or a wide table that goes on landscape pages of its own. */
type Landscape = { landscape: (Paragraph | Table)[]; /** Starts its own pages (a dense table: the commune table). */ alone?: boolean }
type Block = Paragraph | Table | Landscape

/**
 * `last`: this section ends the report, so its last paragraph keeps with the signature block
 * (with keep-lines, so the block never starts a page alone).
 */
function section(s: ReportSection, depth: number, index: number, last = false): Block[] {
  const paragraphs = s.paragraphs ?? []
  const tables = s.tables ?? []
  const subs = s.subsections ?? []
  const endsHere = last && !tables.length && !subs.length
  const heading = body(`${sectionLabel(depth, index)} ${s.heading}`, { bold: depth < 2, keepNext: true })
  const rest: Block[] = [
    ...paragraphs.map((p, i) => body(p, { keepNext: endsHere && i === paragraphs.length - 1 })),
    ...tables.flatMap((t, i) => dataTable(t, last && !subs.length && i === tables.length - 1)),
    ...subs.flatMap((sub, i) => section(sub, depth + 1, i, last && i === subs.length - 1)),
  ]
  // A heading straight above a landscape table goes on its page, not alone at the foot of the last portrait one.
  const next = rest[0]
  if (next && 'landscape' in next) return [{ ...next, landscape: [heading, ...next.landscape] }, ...rest.slice(1)]
  return [heading, ...rest]
}

/** Numbers right, short codes such as "TT" centred, text left. */
function columnAlignments(t: ReportTable): Align[] {
  return t.columns.map((c, i) => {
    if (isNumericKind(c.kind)) return AlignmentType.RIGHT
    const short = t.rows.length > 0 && t.rows.every((r) => String(r[i] ?? '').length <= 4)
    return short ? AlignmentType.CENTER : AlignmentType.LEFT
  })
}

function dataRow(layout: TableLayout, aligns: Align[], values: string[], o: { header?: boolean; bold?: boolean } = {}): TableRow {
  // Dense tables (the commune table): no spacing inside the cells and an exact line (1.12 × the
  // size: Times New Roman's ascent and descent, room for stacked diacritics), so 114 rows take three landscape pages.
  const pad = layout.dense && !o.header ? 0 : 40
  const lineRule = layout.dense ? { line: Math.round(layout.size * 20 * 1.12), lineRule: LineRuleType.EXACT } : {}
  return new TableRow({
    tableHeader: o.header,
    cantSplit: true,
    children: values.map((value, i) => {
      const align = o.header ? AlignmentType.CENTER : aligns[i]
      return new TableCell({
        width: { size: layout.widths[i], type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        children: [
          new Paragraph({
            alignment: align,
            spacing: { before: pad, after: pad, ...lineRule },
            // The paragraph mark in the table's size too: an empty cell would otherwise be a 14 pt line.
            run: { size: layout.size * 2 },
            children: [new TextRun({ text: value, size: layout.size * 2, bold: o.header || o.bold })],
          }),
        ],
      })
    }),
  })
}

/**
 * Caption, table and note. Widths, size and orientation from the content (src/domain/tableLayout.ts):
 * a table too wide for a portrait page unbroken is put on landscape pages of its own.
 * `last`: the table ends the report; its note (or caption) keeps with the signature block.
 */
function dataTable(t: ReportTable, last = false): Block[] {
  const layout = layoutTable(t, { portrait: CONTENT, landscape: LANDSCAPE_CONTENT, padding: 2 * CELL_PADDING })
  const width = layout.widths.reduce((a, b) => a + b, 0)
  const aligns = columnAlignments(t)
  const format = (row: ReportTable['rows'][number]) => t.columns.map((c, i) => formatReportCell(row[i] ?? null, c.kind))
  const rows = [dataRow(layout, aligns, t.columns.map((c) => c.header), { header: true }), ...t.rows.map((r) => dataRow(layout, aligns, format(r)))]
  if (t.rows.length === 0) {
    rows.push(new TableRow({ children: [new TableCell({ columnSpan: t.columns.length, children: [line('(Không có số liệu)', { size: 12, italics: true, before: 40, after: 40 })] })] }))
  }
  if (t.total) rows.push(dataRow(layout, aligns, format(t.total), { bold: true }))
  const blocks = [
    line(t.caption, { size: 13, bold: true, before: 180, after: 60, keepNext: true }),
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: layout.widths,
      layout: TableLayoutType.FIXED,
      margins: { left: CELL_PADDING, right: CELL_PADDING },
      rows,
    }),
    ...(t.note
      ? [
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            spacing: { before: 60 },
            keepNext: last && layout.orientation === 'portrait',
            children: [new TextRun({ text: t.note, size: 24, italics: true })],
          }),
        ]
      : []),
  ]
  return layout.orientation === 'landscape' ? [{ landscape: blocks, alone: layout.dense }] : blocks
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
  // The role may be two lines ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"), or none yet on a draft (a blank line
  // for it); four empty lines leave room to sign and stamp.
  const roles = report.signer.role.split('\n').filter((r) => r.trim())
  const right = [
    ...(roles.length ? roles.map((r) => line(r.toLocaleUpperCase('vi'), { bold: true })) : [line('')]),
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

const PORTRAIT_MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) }

export async function reportDocx(report: OfficialReport): Promise<Buffer> {
  const pageNumber = () => new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 26 })] })] })
  const flow: Block[] = [
    headerTable(report),
    line(report.kind.toLocaleUpperCase('vi'), { bold: true, before: 360 }),
    line(report.title, { bold: true }),
    rule(mm(30), CONTENT, 120),
    // Built from demo data: said under the title, where no reader misses it.
    ...(report.illustrative ? [line(`(${ILLUSTRATIVE_NOTE})`, { size: 13, italics: true, bold: true, after: 120 })] : []),
    ...report.sections.flatMap((s, i) => section(s, 0, i, i === report.sections.length - 1)),
    // Keeps with the signature block (a table whose single row never splits).
    new Paragraph({ spacing: { before: 240 }, keepNext: true }),
    signatureTable(report),
  ]
  // Portrait runs and landscape tables, each its own Word section; page numbers run on.
  // A dense table starts on a page of its own, so its rows fill whole pages.
  const runs: { landscape: boolean; alone: boolean; children: (Paragraph | Table)[] }[] = []
  for (const b of flow) {
    const landscape = 'landscape' in b
    const alone = 'landscape' in b && Boolean(b.alone)
    const children = 'landscape' in b ? b.landscape : [b]
    const lastRun = runs[runs.length - 1]
    if (lastRun && lastRun.landscape === landscape && !alone && !lastRun.alone) lastRun.children.push(...children)
    else runs.push({ landscape, alone, children: [...children] })
  }
  const doc = new Document({
    creator: 'Loa',
    title: `${report.kind} ${report.title}`,
    styles: { default: { document: { run: { font: FONT, size: 28, language: { value: 'vi-VN' } }, paragraph: { spacing: { before: 0, after: 0 } } } } },
    sections: runs.map((r, i) => ({
      properties: {
        // The first page carries no number (Decree 30: numbers from page 2).
        titlePage: i === 0,
        page: {
          size: { width: mm(210), height: mm(297), orientation: r.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: r.landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN,
        },
      },
      headers: i === 0 ? { default: pageNumber(), first: new Header({ children: [new Paragraph({})] }) } : { default: pageNumber() },
      children: r.children,
    })),
  })
  return Packer.toBuffer(doc)
}
