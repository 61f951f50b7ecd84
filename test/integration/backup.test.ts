/**
 * Backups as an operator runs them: `npm run backup` while the app keeps writing, then
 * `npm run restore` into a fresh database and media directory, which Payload then opens with the
 * snapshot's rows and files. Also what restore refuses: an altered archive, an archive of another
 * kind of database, a database the app still holds. On this file's SQLite database, or on
 * PostgreSQL with TEST_DATABASE_URL=postgres://… (pg_dump and pg_restore needed).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import zlib from 'node:zlib'

import pg from 'pg'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { list } from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bin, payloadCliEnv, root } from '../../scripts/lib/prepare.mjs'
import { seededPayload } from '../helpers'
import { spawnCollect, tableCounts, type Run } from '../outside'

const sourceUrl = process.env.DATABASE_URL!
const kind = sourceUrl.startsWith('postgres') ? 'postgres' : sourceUrl.startsWith('mongodb') ? 'mongodb' : 'sqlite'
const COLLECTIONS = ['users', 'events', 'feedback', 'indicators', 'reports', 'media'] as const
const LOOP_MARK = 'backup-loop'
const MAX_LOOP_WRITES = 1500

type Manifest = {
  format: string
  kind: string
  createdAt: string
  app: { name: string; version: string }
  migrations: string[]
  database: { file: string; counts: Record<string, number> }
  files: { path: string; size: number; sha256: string }[]
}

let payload: Payload
let tmp: string
let sourceMedia: string
let upload: { filename: string }
let archive: string
let manifest: Manifest
const target = { url: '', media: '' }
let dropTargetDatabase = async () => {}

beforeAll(async () => {
  payload = await seededPayload()
  sourceMedia = path.resolve(process.env.LOA_MEDIA_DIR!)
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-backup-test-'))
  const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: { r: 0, g: 94, b: 160 } } }).png().toBuffer()
  upload = (await payload.create({
    collection: 'media',
    data: { alt: 'Ảnh thử sao lưu: hội nghị BHYT' } as never,
    file: { data: png, name: 'sao-luu.png', mimetype: 'image/png', size: png.length },
    depth: 0,
  })) as { filename: string }

  target.media = path.join(tmp, 'restored-media')
  if (kind === 'postgres') {
    // A second database on the same server, made and dropped here like the per-file one.
    const name = `loa_restore_${process.pid}_${Date.now()}`
    await admin(`CREATE DATABASE ${name}`)
    const url = new URL(process.env.TEST_DATABASE_URL!)
    url.pathname = `/${name}`
    target.url = url.toString()
    dropTargetDatabase = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  } else {
    target.url = `file:${path.join(tmp, 'restored', 'loa.db')}`
  }
})

afterAll(async () => {
  await dropTargetDatabase()
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
  await payload?.destroy()
})

describe.skipIf(kind === 'mongodb')(`backup and restore (${kind})`, () => {
  it('a backup taken while writes are running restores to a working app with the same counts', async () => {
    const out = path.join(tmp, 'out')
    const base = (await payload.count({ collection: 'feedback' })).totalDocs
    const writer = writeFeedbackUntilStopped()
    await writer.started
    const before = await tableCounts(sourceUrl)
    const writesAtStart = writer.written()
    const backup = await node('scripts/backup.mjs', ['--out', out], {})
    const writesDuring = writer.written() - writesAtStart
    const after = await tableCounts(sourceUrl)
    await writer.stop()

    expect(backup.code, backup.stderr).toBe(0)
    expect(writesDuring, 'the app kept writing while the backup ran').toBeGreaterThan(0)
    // One archive under its final name, nothing half-written or staged beside it.
    const names = fs.readdirSync(out)
    expect(names).toHaveLength(1)
    expect(names[0]).toMatch(new RegExp(`^loa-\\d{8}-\\d{6}-${kind}\\.tar\\.gz$`))
    archive = path.join(out, names[0])
    expect(backup.stdout).toContain(archive)
    // The whole database, personal data included: not readable by other users of the machine.
    expect(fs.statSync(archive).mode & 0o077, 'archive permissions').toBe(0)

    manifest = await readManifest(archive)
    expect(manifest).toMatchObject({ format: 'loa-backup/1', kind, app: { name: 'loa', version: packageVersion() } })
    expect(manifest.migrations).toEqual(migrationsOnDisk(kind))
    // Every table as it was at one moment between the start and the end of the backup.
    const counts = manifest.database.counts
    expect(Object.keys(counts).sort()).toEqual(Object.keys(after).sort())
    for (const [table, n] of Object.entries(counts)) {
      expect(n, table).toBeGreaterThanOrEqual(Math.min(before[table], after[table]))
      expect(n, table).toBeLessThanOrEqual(Math.max(before[table], after[table]))
    }
    // The uploaded file and its generated sizes, listed with the hash of the bytes on disk.
    const mediaFiles = filesUnder(sourceMedia)
    expect(mediaFiles).toContain(upload.filename)
    for (const file of mediaFiles) {
      expect(manifest.files).toContainEqual({
        path: `media/${file}`,
        size: fs.statSync(path.join(sourceMedia, file)).size,
        sha256: sha256(path.join(sourceMedia, file)),
      })
    }

    const restore = await node('scripts/restore.mjs', [archive], { DATABASE_URL: target.url, LOA_MEDIA_DIR: target.media })
    expect(restore.code, restore.stderr + restore.stdout).toBe(0)
    expect(restore.stdout).toContain(`cả ${Object.keys(counts).length} bảng khớp với bản sao lưu`)
    // (SQLite: not opened here. The driver releases a file only when garbage-collected, and this
    // process holding it would rightly make the next restore refuse.)
    if (kind === 'postgres') expect(await tableCounts(target.url)).toEqual(counts)

    // The restored database opens in Payload with the snapshot's documents.
    const restored = await openWithPayload(target.url, target.media)
    for (const collection of COLLECTIONS) expect(restored.counts[collection], collection).toBe(counts[collection])
    // A consistent snapshot holds the loop's first k writes, in order, and none of the later ones.
    const k = counts.feedback - base
    expect(restored.loop.sort((a, b) => a - b)).toEqual([...Array(k).keys()])
    expect(restored.media).toContain(upload.filename)
    // Every media file is back byte for byte, and nothing staged or moved aside is left over.
    expect(filesUnder(target.media)).toEqual(mediaFiles)
    for (const file of mediaFiles) {
      expect(fs.readFileSync(path.join(target.media, file)).equals(fs.readFileSync(path.join(sourceMedia, file))), file).toBe(true)
    }
    expect(fs.readdirSync(tmp).sort()).toEqual(kind === 'sqlite' ? ['out', 'restored', 'restored-media'] : ['out', 'restored-media'])
    // The -wal and -shm, if any, are the restored app's own (Payload opened it in WAL mode).
    if (kind === 'sqlite') for (const name of fs.readdirSync(path.join(tmp, 'restored'))) expect(name).toMatch(/^loa\.db(-wal|-shm)?$/)
  }, 240_000)

  it('an altered archive is refused with the reason in Vietnamese, and the restored copy is left as it was', async () => {
    const altered = path.join(tmp, 'altered.tar.gz')
    fs.writeFileSync(altered, flipOneByteOf(fs.readFileSync(archive), manifest.database.file))
    const unchanged = await fingerprint()
    const refused = await node('scripts/restore.mjs', [altered], { DATABASE_URL: target.url, LOA_MEDIA_DIR: target.media })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(`Tệp sao lưu bị hỏng hoặc đã bị sửa: ${manifest.database.file} không khớp mã kiểm tra sha256`)
    expect(refused.stderr).toContain('Không thay đổi gì')
    expect(await fingerprint()).toEqual(unchanged)
    fs.rmSync(altered)
  }, 120_000)

  it('an archive of another kind of database than DATABASE_URL names is refused before anything is made', async () => {
    const other = kind === 'sqlite' ? 'postgres://loa@127.0.0.1:9/none' : `file:${path.join(tmp, 'other', 'loa.db')}`
    const otherMedia = path.join(tmp, 'other-media')
    const refused = await node('scripts/restore.mjs', [archive], { DATABASE_URL: other, LOA_MEDIA_DIR: otherMedia })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(`Bản sao lưu này là của CSDL ${kind}, còn DATABASE_URL chỉ tới CSDL ${kind === 'sqlite' ? 'postgres' : 'sqlite'}`)
    expect(fs.existsSync(path.join(tmp, 'other'))).toBe(false)
    expect(fs.existsSync(otherMedia)).toBe(false)
  }, 60_000)

  it('a restore over the database the running app holds open is refused', async () => {
    // This test file's Payload is the running app (PostgreSQL: its pool keeps the connection a while).
    await payload.count({ collection: 'users' })
    const before = await tableCounts(sourceUrl)
    const scratchMedia = path.join(tmp, 'scratch-media')
    const refused = await node('scripts/restore.mjs', [archive], { DATABASE_URL: sourceUrl, LOA_MEDIA_DIR: scratchMedia })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('Cơ sở dữ liệu đang được dùng')
    expect(await tableCounts(sourceUrl)).toEqual(before)
    expect(fs.existsSync(scratchMedia)).toBe(false)
  }, 60_000)

  it('LOA_BACKUP_KEEP keeps the newest archives; a failed backup leaves no file behind', async () => {
    const out = path.join(tmp, 'kept')
    for (let i = 0; i < 2; i += 1) {
      const run = await node('scripts/backup.mjs', [`--out=${out}`], { LOA_BACKUP_KEEP: '1' })
      expect(run.code, run.stderr).toBe(0)
      expect(fs.readdirSync(out)).toEqual([path.basename(run.stdout.trim().split('\n').at(-1)!)])
    }
    const missing = kind === 'sqlite' ? `file:${path.join(tmp, 'nowhere', 'loa.db')}` : `${sourceUrl}_missing`
    const failed = await node('scripts/backup.mjs', ['--out', path.join(tmp, 'failed')], { DATABASE_URL: missing })
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/Không thấy cơ sở dữ liệu SQLite|Không kết nối được PostgreSQL/)
    expect(fs.readdirSync(path.join(tmp, 'failed'))).toEqual([])
  }, 120_000)
})

// ---------------------------------------------------------------------------------------------
// Helpers

/** Creates feedback one after another through the Local API until stopped; each text carries its number. */
function writeFeedbackUntilStopped() {
  let n = 0
  let stopping = false
  let markStarted = () => {}
  const running = new Promise<void>((resolve) => (markStarted = resolve))
  const loop = (async () => {
    while (!stopping) {
      await payload.create({
        collection: 'feedback',
        data: { kind: 'question', text: `${LOOP_MARK} #${n}: hộ gia đình đóng BHYT ở đâu?` } as never,
        depth: 0,
      })
      n += 1
      if (n === 3) markStarted()
      if (n >= MAX_LOOP_WRITES) throw new Error(`still writing after ${n} rows: the backup never ended`)
      // SQLite answers synchronously: without a turn of the event loop, the backup's exit would never be heard.
      await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  return {
    // Resolves once a few writes went through; rejects if a write fails.
    started: Promise.race([running, loop]),
    written: () => n,
    stop: async () => {
      stopping = true
      await loop
    },
  }
}

/** `node <script>` in the project, with this file's database and media unless `env` says otherwise. */
function node(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  return spawnCollect(process.execPath, [script, ...args], { ...process.env, ...env })
}

/**
 * Opens a database with Payload in a process of its own (`payload run` of a script written here; .mts: ESM outside the project),
 * as the restored app would: the counts of the main collections, the loop's feedback numbers and
 * the media file names.
 */
async function openWithPayload(databaseUrl: string, mediaDir: string) {
  const script = path.join(tmp, 'open-restored.mts')
  const result = path.join(tmp, 'open-restored.json')
  const payloadEntry = pathToFileURL(createRequire(path.join(root, 'package.json')).resolve('payload')).href
  fs.writeFileSync(
    script,
    `import fs from 'node:fs'
import { getPayload } from ${JSON.stringify(payloadEntry)}
import config from ${JSON.stringify(pathToFileURL(path.join(root, 'payload.config.ts')).href)}
const payload = await getPayload({ config })
const counts: Record<string, number> = {}
for (const collection of ${JSON.stringify(COLLECTIONS)}) counts[collection] = (await payload.count({ collection })).totalDocs
const loop = await payload.find({ collection: 'feedback', where: { text: { like: ${JSON.stringify(LOOP_MARK)} } }, pagination: false, depth: 0 })
const media = await payload.find({ collection: 'media', pagination: false, depth: 0 })
fs.writeFileSync(${JSON.stringify(result)}, JSON.stringify({
  counts,
  loop: loop.docs.map((d: { text: string }) => Number(d.text.match(/#(\\d+)/)![1])),
  media: media.docs.map((d: { filename: string }) => d.filename),
}))
await payload.destroy()
process.exit(0)
`,
  )
  const run = await spawnCollect(bin('payload'), ['run', script], payloadCliEnv({ ...process.env, DATABASE_URL: databaseUrl, LOA_MEDIA_DIR: mediaDir }))
  expect(run.code, run.stderr + run.stdout).toBe(0)
  const opened = JSON.parse(fs.readFileSync(result, 'utf8')) as { counts: Record<string, number>; loop: number[]; media: string[] }
  fs.rmSync(script)
  fs.rmSync(result)
  return opened
}

/**
 * The restored target as it stands: every media file's hash, what sits beside the media
 * directory, and the database — PostgreSQL: every table's row count; SQLite: the hash of every
 * file in its folder (the database, its -wal and -shm), read as files, never opened.
 */
async function fingerprint() {
  const hashes = (dir: string) => Object.fromEntries(filesUnder(dir).map((f) => [f, sha256(path.join(dir, f))]))
  const database = kind === 'postgres' ? await tableCounts(target.url) : hashes(path.dirname(target.url.slice('file:'.length)))
  return { database, media: hashes(target.media), besideMedia: fs.readdirSync(tmp).sort() }
}

/** The manifest, read with node-tar directly (not with the scripts' own reader). */
async function readManifest(file: string): Promise<Manifest> {
  const chunks: Buffer[] = []
  await list({
    file,
    onReadEntry: (entry) => {
      if (entry.path === 'manifest.json') entry.on('data', (c: Buffer) => chunks.push(c))
    },
  })
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Manifest
}

/** The archive with one byte in the middle of `entryPath`'s data inverted, gzipped again. */
function flipOneByteOf(gz: Buffer, entryPath: string): Buffer {
  const tarball = zlib.gunzipSync(gz)
  for (let offset = 0; offset + 512 <= tarball.length; ) {
    const name = tarball.subarray(offset, offset + 100).toString('utf8').replace(/\0.*$/s, '')
    const size = parseInt(tarball.subarray(offset + 124, offset + 136).toString('ascii').replace(/\0.*$/s, '').trim() || '0', 8)
    if (name === entryPath) {
      tarball[offset + 512 + Math.floor(size / 2)] ^= 0xff
      return zlib.gzipSync(tarball)
    }
    offset += 512 + Math.ceil(size / 512) * 512
  }
  throw new Error(`no ${entryPath} in the archive`)
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort()
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

const packageVersion = () => (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version

function migrationsOnDisk(k: string): string[] {
  return fs
    .readdirSync(path.join(root, 'src/migrations', k))
    .filter((f) => /^\d.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort()
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
