/**
 * Column widths, font size and page orientation of a report table, from its content, so that no
 * number and no word is broken across lines ("5.500.00/0", "Nguyê/n"): each column is at least as
 * wide as its longest unbreakable piece (a whole number cell, the longest word of a text cell or
 * header), the room left goes to the columns whose text would otherwise wrap, and a table that does
 * not fit a portrait page at a readable size goes on a landscape page. Widths are estimated from
 * Times New Roman's character widths (its AFM metrics, in em), with a margin for error.
 */
import { formatReportCell, isNumericKind, type ReportTable } from './officialReport'

/** Times New Roman advance widths in em for the characters reports use; letters with diacritics as their base. */
const EM: Record<string, number> = {
  ' ': 0.25, '.': 0.25, ',': 0.25, ':': 0.278, ';': 0.278, '(': 0.333, ')': 0.333, '-': 0.333, '–': 0.5, '/': 0.278, '%': 0.833, '+': 0.564, '&': 0.778,
  i: 0.278, j: 0.278, l: 0.278, t: 0.278, f: 0.333, r: 0.333, s: 0.389, m: 0.778, w: 0.722, a: 0.444, c: 0.444, e: 0.444, z: 0.444,
  I: 0.333, J: 0.389, M: 0.889, W: 0.944, Đ: 0.722, đ: 0.5,
}
const emOf = (ch: string): number => {
  if (ch in EM) return EM[ch]
  if (/[0-9]/.test(ch)) return 0.5
  if (/[a-z]/.test(ch)) return 0.5
  if (/[A-Z]/.test(ch)) return 0.722
  return 0.6
}

/** Width of a run of text in points at `size` pt (bold about 6 % wider), with a 6 % margin for error. */
export function textWidth(text: string, size: number, bold = false): number {
  // Diacritics (combining marks after NFD) take no advance of their own.
  const base = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  let em = 0
  for (const ch of base) em += emOf(ch)
  return em * size * (bold ? 1.06 : 1) * 1.06
}

/** The pieces a line may not be broken inside: a number cell whole, otherwise each word. */
export function unbreakablePieces(text: string, numeric: boolean): string[] {
  if (numeric || /^[\d.,%–+-]+$/.test(text.trim())) return [text.trim()]
  return text.split(/\s+/).filter(Boolean)
}

export type TableLayout = {
  orientation: 'portrait' | 'landscape'
  /** Font size in points. */
  size: number
  /** Column widths in twips; they add up to the page's text width. */
  widths: number[]
  /** Many rows: no spacing inside cells, so a long table takes fewer pages. */
  dense: boolean
}

export type PageWidths = {
  /** Text width of a portrait and of a landscape page, in twips. */
  portrait: number
  landscape: number
  /** Left plus right padding inside a cell, in twips. */
  padding: number
}

/** Rows above which a table is set dense (the commune table: 114 rows in about three landscape pages). */
export const DENSE_ROWS = 40

export function layoutTable(t: ReportTable, page: PageWidths): TableLayout {
  // Each cell with whether it is printed bold (the total row is).
  const cells = (i: number) =>
    [...t.rows.map((r) => ({ r, bold: false })), ...(t.total ? [{ r: t.total, bold: true }] : [])].map(({ r, bold }) => ({ v: formatReportCell(r[i] ?? null, t.columns[i].kind), bold }))
  const dense = t.rows.length > DENSE_ROWS
  const measure = (size: number) =>
    t.columns.map((c, i) => {
      const numeric = isNumericKind(c.kind)
      const body = cells(i)
      const pieces = [
        ...c.header.split(/\s+/).map((w) => textWidth(w, size, true)),
        ...body.flatMap((c) => unbreakablePieces(c.v, numeric).map((p) => textWidth(p, size, c.bold))),
      ]
      // A header wraps at its spaces, but on three lines at most (two in a dense table: every page repeats it).
      const header = textWidth(c.header, size, true) / (dense ? 2 : 3)
      const min = Math.ceil(Math.max(header, ...pieces) * 20) + page.padding
      // What the column needs for its longest cell on one line.
      const full = Math.max(min, Math.ceil(Math.max(0, ...body.map((c) => textWidth(c.v, size, c.bold))) * 20) + page.padding)
      // A text column is readable at about 16 characters a line: below that a table is cramped.
      const need = numeric ? min : Math.max(min, Math.min(full, Math.ceil(8 * size * 20) + page.padding))
      return { min, full, need, text: !numeric }
    })
  // Portrait at 12 or 11 pt if everything fits unbroken with room for the text; else landscape, down
  // to 9 pt; wide tables (more than 8 columns) go straight to landscape. A dense table (the commune
  // table) is set in 9 pt, so about 40 rows fit a landscape page.
  type Try = [TableLayout['orientation'], number]
  const portrait: Try[] = [['portrait', 12], ['portrait', 11]]
  const tries: Try[] = [
    ...(t.columns.length > 8 ? [] : portrait),
    ...((dense ? [['landscape', 9], ['landscape', 8]] : [['landscape', 12], ['landscape', 11], ['landscape', 10], ['landscape', 9]]) as Try[]),
  ]
  for (const [orientation, size] of tries) {
    const cols = measure(size)
    const width = page[orientation]
    if (cols.reduce((s, c) => s + c.need, 0) <= width) return { orientation, size, widths: distribute(cols, width), dense }
  }
  // Cramped but unbroken, in landscape.
  for (const size of [10, 9, 8]) {
    const cols = measure(size)
    if (cols.reduce((s, c) => s + c.min, 0) <= page.landscape) return { orientation: 'landscape', size, widths: distribute(cols, page.landscape), dense }
  }
  // Nothing fits: the smallest landscape setting, columns in proportion to their needs.
  const size = tries[tries.length - 1][1]
  const cols = measure(size)
  const sum = cols.reduce((s, c) => s + c.min, 0)
  const widths = cols.map((c) => Math.floor((c.min * page.landscape) / sum))
  widths[widths.length - 1] += page.landscape - widths.reduce((a, b) => a + b, 0)
  return { orientation: 'landscape', size, widths, dense }
}

/** Each column its minimum; the rest first to the columns that would wrap, up to their full width, then to text columns. */
function distribute(cols: { min: number; full: number; text: boolean }[], width: number): number[] {
  const widths = cols.map((c) => c.min)
  let extra = width - widths.reduce((a, b) => a + b, 0)
  const want = cols.map((c) => c.full - c.min)
  const wanted = want.reduce((a, b) => a + b, 0)
  if (wanted > 0) {
    const share = Math.min(1, extra / wanted)
    cols.forEach((_, i) => (widths[i] += Math.floor(want[i] * share)))
    extra = width - widths.reduce((a, b) => a + b, 0)
  }
  // Left over: to the text columns (they read better wide), or to all if there are none.
  const takers = cols.map((c, i) => (c.text ? i : -1)).filter((i) => i >= 0)
  const to = takers.length ? takers : cols.map((_, i) => i)
  const base = to.reduce((s, i) => s + widths[i], 0) || 1
  for (const i of to) widths[i] += Math.floor((extra * widths[i]) / base)
  widths[to[to.length - 1]] += width - widths.reduce((a, b) => a + b, 0)
  return widths
}
