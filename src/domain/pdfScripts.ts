/**
 * PDFs that would run something when opened: JavaScript, or actions a reader fires by itself.
 * A PDF reader (the browser's own included) runs a document's JavaScript on open (/OpenAction),
 * on page and form events (/AA, "additional actions") or in an XFA form; /Launch starts another
 * program. The media library refuses such a PDF: leaflets and decrees have no need of them.
 *
 * The check reads the file's raw bytes for the PDF names that carry these, decoding `#xx` escapes
 * (`/J#61vaScript` is `/JavaScript` to a reader). Objects can also sit compressed inside object
 * streams (/Type /ObjStm, PDF 1.5+): those are inflated and read too. An object stream that cannot
 * be read (another filter, or an encrypted PDF) cannot be checked, so the file is refused as well.
 */
import { inflateSync } from 'node:zlib'

/** Names whose presence means the PDF carries code or self-running actions. */
const ACTIVE_NAMES = new Set(['JS', 'JavaScript', 'AA', 'Launch', 'XFA'])

/** The largest an object stream may inflate to (a compression bomb stops here). */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024

export type PdfScriptFinding = { kind: 'active'; name: string } | { kind: 'unreadable' } | null

/** Whitespace and delimiters end a PDF name (ISO 32000-1, 7.2.2). */
function endsName(byte: number): boolean {
  return (
    byte === 0x00 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x20 ||
    byte === 0x28 || byte === 0x29 || byte === 0x3c || byte === 0x3e || byte === 0x5b || byte === 0x5d ||
    byte === 0x7b || byte === 0x7d || byte === 0x2f || byte === 0x25
  )
}

const hexValue = (byte: number) =>
  byte >= 0x30 && byte <= 0x39 ? byte - 0x30 : byte >= 0x41 && byte <= 0x46 ? byte - 0x37 : byte >= 0x61 && byte <= 0x66 ? byte - 0x57 : -1

/** Every name (`/Something`) in the bytes, with `#xx` escapes decoded. */
export function pdfNames(bytes: Uint8Array): string[] {
  const names: string[] = []
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x2f) continue
    let name = ''
    let j = i + 1
    while (j < bytes.length && !endsName(bytes[j])) {
      const high = j + 2 < bytes.length ? hexValue(bytes[j + 1]) : -1
      const low = j + 2 < bytes.length ? hexValue(bytes[j + 2]) : -1
      if (bytes[j] === 0x23 && high >= 0 && low >= 0) {
        name += String.fromCharCode(high * 16 + low)
        j += 3
      } else {
        name += String.fromCharCode(bytes[j])
        j += 1
      }
    }
    names.push(name)
    i = j - 1
  }
  return names
}

function activeName(bytes: Uint8Array): string | null {
  return pdfNames(bytes).find((n) => ACTIVE_NAMES.has(n)) ?? null
}

/** The raw data of every object stream, with the names of its dictionary. */
function objectStreams(bytes: Uint8Array): { dictionary: string[]; data: Uint8Array }[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  const streams: { dictionary: string[]; data: Uint8Array }[] = []
  const keyword = /stream(\r\n|\n|\r)/g
  for (let match = keyword.exec(text); match; match = keyword.exec(text)) {
    if (text.slice(match.index - 3, match.index) === 'end') continue
    const start = text.lastIndexOf('obj', match.index)
    const dictionary = pdfNames(Buffer.from(text.slice(start < 0 ? Math.max(0, match.index - 4096) : start, match.index), 'latin1'))
    const dataStart = match.index + match[0].length
    const dataEnd = text.indexOf('endstream', dataStart)
    if (dataEnd < 0) break
    keyword.lastIndex = dataEnd + 'endstream'.length
    if (dictionary.includes('ObjStm')) streams.push({ dictionary, data: bytes.subarray(dataStart, dataEnd) })
  }
  return streams
}

/**
 * What makes this PDF unsafe to publish: the first active name found (in the file or in one of its
 * object streams), `unreadable` when an object stream cannot be read to check it, or null.
 */
export function pdfScriptFinding(bytes: Uint8Array): PdfScriptFinding {
  const direct = activeName(bytes)
  if (direct) return { kind: 'active', name: direct }
  for (const stream of objectStreams(bytes)) {
    const filters = stream.dictionary.filter((n) => n.endsWith('Decode') || n === 'Fl')
    if (filters.length > 1 || (filters.length === 1 && filters[0] !== 'FlateDecode' && filters[0] !== 'Fl')) return { kind: 'unreadable' }
    let data: Uint8Array
    try {
      data = filters.length ? inflateSync(stream.data, { maxOutputLength: MAX_INFLATED_BYTES }) : stream.data
    } catch {
      return { kind: 'unreadable' }
    }
    const name = activeName(data)
    if (name) return { kind: 'active', name }
  }
  return null
}

/** Why the media library refuses this PDF (Vietnamese, English in parentheses), or null. */
export function pdfScriptRejection(fileName: string, bytes: Uint8Array): string | null {
  const finding = pdfScriptFinding(bytes)
  if (!finding) return null
  if (finding.kind === 'unreadable') {
    return (
      `Không kiểm tra được tệp PDF "${fileName}" (tệp được mã hóa hoặc nén theo cách không đọc được). ` +
      'Hãy mở tệp và in ra PDF mới (Print → Save as PDF / Microsoft Print to PDF) rồi tải lên lại. ' +
      '(The PDF cannot be checked for scripts: it is encrypted or uses an unreadable compression. Re-save it with "Print to PDF".)'
    )
  }
  return (
    `Không nhận tệp PDF "${fileName}": tệp chứa mã JavaScript hoặc lệnh tự chạy khi mở (${'/' + finding.name}). ` +
    'Hãy in tệp ra PDF mới (Print → Save as PDF / Microsoft Print to PDF), bản in không mang theo mã, rồi tải lên lại. ' +
    '(PDFs containing JavaScript or automatic actions are not accepted; re-save it with "Print to PDF".)'
  )
}
