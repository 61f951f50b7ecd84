/**
 * Zip archives built byte by byte, so tests can make what no honest tool writes: an entry that
 * unpacks to far more than the file weighs, or one that declares a smaller size than it unpacks to.
 */
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib'

export type ZipEntry = {
  name: string
  /** The deflated bytes (method 8). */
  deflated: Buffer
  /** The real unpacked size and CRC. */
  size: number
  crc: number
  /** The size written in the headers, when it should lie. */
  declaredSize?: number
}

/** An entry holding `content`, deflated. */
export function zipEntry(name: string, content: string | Buffer): ZipEntry {
  const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) }
}

/**
 * An entry that unpacks to `prefix`, then `fillBytes` copies of `fill`, then `suffix`, deflated as a
 * stream so the test never holds the unpacked bytes: 100 MB of spaces deflate to about 100 KB.
 */
export async function repetitiveZipEntry(name: string, prefix: string, fill: string, fillBytes: number, suffix: string): Promise<ZipEntry> {
  const deflate = createDeflateRaw({ level: 9 })
  const parts: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => parts.push(chunk))
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject))
  let crc = 0
  let size = 0
  const write = async (chunk: Buffer) => {
    crc = crc32(chunk, crc)
    size += chunk.length
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  await write(Buffer.from(prefix, 'utf8'))
  const block = Buffer.alloc(1024 * 1024, fill)
  for (let left = fillBytes; left > 0; left -= block.length) await write(left >= block.length ? block : block.subarray(0, left))
  await write(Buffer.from(suffix, 'utf8'))
  deflate.end()
  await done
  return { name, deflated: Buffer.concat(parts), size, crc }
}

/** A zip archive of these entries: local headers and data, central directory, end record. */
export function zipArchive(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const size = entry.declaredSize ?? entry.size
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(entry.crc >>> 0, 14)
    local.writeUInt32LE(entry.deflated.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(entry.crc >>> 0, 16)
    central.writeUInt32LE(entry.deflated.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, entry.deflated)
    centrals.push(central, name)
    offset += local.length + name.length + entry.deflated.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** The parts of a minimal workbook exceljs opens, around a first sheet whose XML is given. */
export const workbookParts = (sheetXml: ZipEntry): ZipEntry[] => [
  zipEntry(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  ),
  zipEntry(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ),
  zipEntry(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="So lieu" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ),
  zipEntry(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  ),
  sheetXml,
]

export const SHEET_OPEN = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
export const SHEET_CLOSE = '</sheetData></worksheet>'
