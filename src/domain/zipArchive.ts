/**
 * Checking a zip archive (an XLSX workbook is one) before a library unpacks it: a few kilobytes
 * can unpack to gigabytes ("zip bomb"), and the sizes an archive declares can lie.
 *
 * The reading mirrors what JSZip 3 (which exceljs unpacks with) does: the last end-of-central-
 * directory record, the central directory's entries in order, each entry's data found through its
 * local header, sizes taken from the central directory. Anything JSZip would read differently —
 * data before the archive, ZIP64 fields, an entry count that disagrees — is refused as unreadable,
 * so the entries checked here are the entries JSZip unpacks. Each entry is then actually inflated
 * with Node's zlib, stopping one byte past its declared size: JSZip only compares sizes after
 * inflating the whole entry, so a lying entry must never reach it.
 */
import { promisify } from 'node:util'
import { inflateRaw } from 'node:zlib'

const inflate = promisify(inflateRaw)

export type ZipLimits = { maxEntries: number; maxUnpackedBytes: number }

export type ZipProblem =
  | { problem: 'unreadable' }
  | { problem: 'too-many-entries'; entries: number }
  /** What the entries declare, in total. */
  | { problem: 'too-large'; bytes: number }
  /** An entry unpacks to more than it declares: made to get past a check like this one. */
  | { problem: 'false-sizes' }

type Entry = { method: number; flags: number; compressedSize: number; size: number; localOffset: number }

const EOCD_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06])
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const MAX16 = 0xffff
const MAX32 = 0xffffffff

/** What is wrong with this archive under `limits`, or null when it may be unpacked. Reads no more than the limits allow. */
export async function zipArchiveProblem(data: Uint8Array, limits: ZipLimits): Promise<ZipProblem | null> {
  const directory = readDirectory(Buffer.from(data.buffer, data.byteOffset, data.byteLength), limits.maxEntries)
  if ('problem' in directory) return directory
  const { buffer, entries } = directory
  const declared = entries.reduce((sum, e) => sum + e.size, 0)
  if (declared > limits.maxUnpackedBytes) return { problem: 'too-large', bytes: declared }
  for (const entry of entries) {
    const outcome = await unpackedSize(buffer, entry)
    if (outcome === 'unreadable') return { problem: 'unreadable' }
    if (outcome === 'over') return { problem: 'false-sizes' }
  }
  return null
}

function readDirectory(buffer: Buffer, maxEntries: number): { buffer: Buffer; entries: Entry[] } | ZipProblem {
  const unreadable = { problem: 'unreadable' } as const
  // JSZip takes the last end record in the whole file.
  const end = buffer.lastIndexOf(EOCD_SIGNATURE)
  if (end < 0 || end + 22 > buffer.length) return unreadable
  const count = buffer.readUInt16LE(end + 10)
  const directorySize = buffer.readUInt32LE(end + 12)
  const directoryOffset = buffer.readUInt32LE(end + 16)
  if ([buffer.readUInt16LE(end + 4), buffer.readUInt16LE(end + 6), buffer.readUInt16LE(end + 8), count].some((v) => v === MAX16)) return unreadable
  if (directorySize === MAX32 || directoryOffset === MAX32) return unreadable
  // Nothing before the archive, nothing between the directory and its end record.
  if (directoryOffset + directorySize !== end) return unreadable
  if (count > maxEntries) return { problem: 'too-many-entries', entries: count }

  const entries: Entry[] = []
  let at = directoryOffset
  while (at + 4 <= end && buffer.readUInt32LE(at) === CENTRAL) {
    if (entries.length === maxEntries) return { problem: 'too-many-entries', entries: entries.length + 1 }
    if (at + 46 > end) return unreadable
    const entry: Entry = {
      flags: buffer.readUInt16LE(at + 8),
      method: buffer.readUInt16LE(at + 10),
      compressedSize: buffer.readUInt32LE(at + 20),
      size: buffer.readUInt32LE(at + 24),
      localOffset: buffer.readUInt32LE(at + 42),
    }
    if (entry.compressedSize === MAX32 || entry.size === MAX32 || entry.localOffset === MAX32) return unreadable
    at += 46 + buffer.readUInt16LE(at + 28) + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32)
    entries.push(entry)
  }
  if (at !== end || entries.length !== count) return unreadable
  return { buffer, entries }
}

/** Inflates one entry, never past its declared size: 'ok' when it is exactly that size. */
async function unpackedSize(buffer: Buffer, entry: Entry): Promise<'ok' | 'over' | 'unreadable'> {
  const local = entry.localOffset
  // Bit 0: encrypted, which JSZip refuses too.
  if (entry.flags & 1 || local + 30 > buffer.length || buffer.readUInt32LE(local) !== LOCAL) return 'unreadable'
  const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28)
  if (start + entry.compressedSize > buffer.length) return 'unreadable'
  const compressed = buffer.subarray(start, start + entry.compressedSize)
  if (entry.method === 0) return compressed.length === entry.size ? 'ok' : 'unreadable'
  if (entry.method !== 8) return 'unreadable'
  try {
    const unpacked = await inflate(compressed, { maxOutputLength: Math.max(1, entry.size) })
    return unpacked.length === entry.size ? 'ok' : 'unreadable'
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'over' : 'unreadable'
  }
}

const MB = 1024 * 1024

/**
 * What an uploaded workbook may unpack to. A full import (5000 rows) unpacks to about 2 MB; exceljs
 * takes seconds and hundreds of megabytes per 10 MB of sheet, so 10 MB leaves room for formatting
 * and a few other sheets while keeping one import to a few seconds.
 */
export const MAX_WORKBOOK_UNPACKED_BYTES = 10 * MB
/** A workbook is a dozen parts, plus two per sheet and one per picture. */
export const MAX_WORKBOOK_ENTRIES = 500

export const WORKBOOK_LIMITS: ZipLimits = { maxEntries: MAX_WORKBOOK_ENTRIES, maxUnpackedBytes: MAX_WORKBOOK_UNPACKED_BYTES }

export const UNREADABLE_WORKBOOK = 'Không đọc được tệp Excel (.xlsx). Hãy lưu lại tệp bằng Excel hoặc LibreOffice rồi thử lại. (The workbook cannot be read.)'

/** The Vietnamese answer to a workbook refused by zipArchiveProblem, and its HTTP status (413 for size). */
export function workbookRefusal(problem: ZipProblem): { message: string; status: 400 | 413 } {
  const keepOnly = 'Hãy chỉ giữ trang số liệu cần nhập, lưu lại rồi thử lại.'
  switch (problem.problem) {
    case 'too-large':
      return {
        status: 413,
        message:
          `Tệp Excel khi giải nén lớn ${(Math.ceil((problem.bytes / MB) * 10) / 10).toLocaleString('vi-VN')} MB, vượt giới hạn ${MAX_WORKBOOK_UNPACKED_BYTES / MB} MB. ${keepOnly} ` +
          `(The workbook unpacks to more than ${MAX_WORKBOOK_UNPACKED_BYTES / MB} MB.)`,
      }
    case 'too-many-entries':
      return {
        status: 413,
        message: `Tệp Excel có quá nhiều thành phần (hơn ${MAX_WORKBOOK_ENTRIES}). ${keepOnly} (The workbook has more than ${MAX_WORKBOOK_ENTRIES} parts.)`,
      }
    case 'false-sizes':
      return {
        status: 400,
        message: 'Tệp Excel khai sai kích thước các thành phần nén bên trong, không được đọc. (The workbook’s declared sizes are false.)',
      }
    default:
      return { status: 400, message: UNREADABLE_WORKBOOK }
  }
}
