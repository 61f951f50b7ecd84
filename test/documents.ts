/**
 * Documents read as an official reads them: DOCX files converted to PDF by LibreOffice, then each
 * page's text (pdftotext -layout, columns kept) and orientation (pdfinfo). Shared by the unit tests
 * of the writers and the integration tests of the compiled reports.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

import { formatReportCell, type ReportTable } from '../src/domain/officialReport'

const run = promisify(execFile)
export const SOFFICE = process.env.SOFFICE_PATH || '/usr/bin/soffice'

export type PdfPage = { text: string; landscape: boolean }

/** Converts files to PDF next to them in one LibreOffice run, with a profile of its own (parallel runs share no lock). */
export async function convertToPdf(files: string[]): Promise<string[]> {
  if (!fs.existsSync(SOFFICE)) throw new Error(`Cần LibreOffice – LibreOffice is needed at ${SOFFICE}`)
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-lo-profile-'))
  try {
    const outdir = path.dirname(files[0])
    await run(SOFFICE, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outdir, ...files], { timeout: 280_000 })
  } finally {
    fs.rmSync(profile, { recursive: true, force: true })
  }
  return files.map((f) => f.replace(/\.\w+$/, '.pdf'))
}

/** Pages of a PDF: text as laid out, and whether the page is landscape. */
export async function pdfPages(file: string): Promise<PdfPage[]> {
  const { stdout: info } = await run('pdfinfo', ['-f', '1', '-l', '9999', file])
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => Number(m[1]) > Number(m[2]))
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])
  return stdout
    .normalize('NFC')
    .split('\f')
    .slice(0, sizes.length)
    .map((text, i) => ({ text, landscape: sizes[i] }))
}

/** A DOCX buffer's pages through LibreOffice. */
export async function docxPages(docx: Buffer | ArrayBuffer, name = 'report'): Promise<PdfPage[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-doc-'))
  try {
    const file = path.join(dir, `${name}.docx`)
    fs.writeFileSync(file, Buffer.from(docx as ArrayBuffer))
    const [pdf] = await convertToPdf([file])
    if (process.env.LOA_REPORT_SAMPLES) fs.copyFileSync(pdf, path.join(process.env.LOA_REPORT_SAMPLES, `${name}.pdf`))
    return await pdfPages(pdf)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Cells printed broken: every number of the tables must appear whole in the PDF's text, and every
 * word of their text cells (a cell may wrap between words, never inside one: "5.500.00/0",
 * "Nguyê/n"), as many times as the tables print it — so a "7,00%" broken in the total row is
 * found even when another row prints "7,00%" whole.
 */
export function brokenCells(tables: ReportTable[], pdfText: string): string[] {
  const strip = (w: string) => w.replace(/^[(]+|[),;:.]+$/g, '')
  const count = (words: string[]) => words.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>())
  const printed = count(pdfText.split(/[\s|]+/).map(strip))
  const wanted = count(
    tables.flatMap((t) =>
      [...t.rows, ...(t.total ? [t.total] : [])].flatMap((row) =>
        row.flatMap((v, i) => formatReportCell(v ?? null, t.columns[i]?.kind).split(/\s+/).map(strip).filter((x) => x.length > 1)),
      ),
    ),
  )
  return [...wanted].filter(([w, n]) => (printed.get(w) ?? 0) < n).map(([w, n]) => `${w}: ${printed.get(w) ?? 0} of ${n}`)
}

/** The pages a table's rows run over: from the page of its first row's key cell to that of its last. */
export function tablePages(pages: PdfPage[], first: string, last: string): PdfPage[] {
  const from = pages.findIndex((p) => p.text.includes(first))
  const to = pages.findIndex((p, i) => i >= from && p.text.includes(last))
  return from < 0 || to < 0 ? [] : pages.slice(from, to + 1)
}
