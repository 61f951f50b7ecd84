#!/usr/bin/env node
/**
 * `npm run backup [-- --out <dir>]`: the database DATABASE_URL names and the media directory in
 * one archive, <dir>/loa-<YYYYMMDD-HHmmss, UTC>-<sqlite|postgres|mongodb>.tar.gz (default dir:
 * backups/), taken while the app keeps running:
 *   SQLite      VACUUM INTO a new file: one read transaction, so a consistent snapshot, and the
 *               app's writers are not blocked (never a copy of the live file: committed pages
 *               may still sit in its -wal file)
 *   PostgreSQL  pg_dump --format=custom inside an exported snapshot; the row counts come from
 *               that same snapshot
 *   MongoDB     mongodump --archive (collection by collection, not one point in time; no counts)
 *   media       copied as it is at that moment
 * Everything is staged in a hidden folder of the output directory, listed with sizes and sha256
 * in manifest.json, archived under a temporary name, read back and checked, then renamed: a
 * failure or Ctrl-C leaves no archive. LOA_BACKUP_KEEP=N then removes all but the newest N
 * archives of that directory.
 */
import fs from 'node:fs'
import path from 'node:path'

import { ensureDependencies, loadEnv, root } from './lib/prepare.mjs'

// An archive holds the whole database, personal data included: readable by its owner only.
process.umask(0o077)
const startedIn = process.cwd()
process.chdir(root)
ensureDependencies()
loadEnv()
// After ensureDependencies: node-tar may have arrived just now.
const lib = await import('./lib/backup.mjs')
const { create } = await import('tar')
const { problem, step, note } = lib

const started = Date.now()
let staging
let partial
const cleanUp = () => {
  if (partial) fs.rmSync(partial, { force: true })
  if (staging) fs.rmSync(staging, { recursive: true, force: true })
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp()
    console.error('\n✗ Đã dừng sao lưu, không tạo tệp nào – backup interrupted, no archive written')
    process.exit(1)
  })
}

try {
  const { out } = options(process.argv.slice(2))
  const keep = keepCount()
  const url = lib.databaseUrl()
  const kind = lib.databaseKind(url)
  const mediaDir = lib.mediaDirectory()
  fs.mkdirSync(out, { recursive: true })
  staging = fs.mkdtempSync(path.join(out, '.loa-backup-'))
  const createdAt = new Date()

  step(`Chụp cơ sở dữ liệu ${kind} ${lib.maskUrl(url)}`, `taking a snapshot of the ${kind} database`)
  const dumpFile = path.join(staging, lib.dumpEntry(kind))
  fs.mkdirSync(path.dirname(dumpFile), { recursive: true })
  const dump = { sqlite: dumpSqlite, postgres: dumpPostgres, mongodb: dumpMongodb }[kind]
  const database = await dump(url, dumpFile)
  note(`${lib.humanSize(fs.statSync(dumpFile).size)} bằng ${database.tool}`, `snapshot taken with ${database.tool}`)

  step(`Chép thư mục tệp tải lên ${mediaDir}`, 'copying the media directory')
  const media = lib.copyMedia(mediaDir, path.join(staging, 'media'))
  note(`${media.files} tệp, ${lib.humanSize(media.bytes)}`, `${media.files} files`)
  if (media.vanished) note(`${media.vanished} tệp bị xoá trong lúc chép, bỏ qua`, `${media.vanished} files were deleted meanwhile and skipped`)

  step('Tính mã kiểm tra sha256 và ghi manifest.json', 'hashing every file into manifest.json')
  const entries = [lib.dumpEntry(kind), ...lib.filesUnder(path.join(staging, 'media')).map((f) => `media/${f}`)]
  const files = []
  for (const entry of entries) {
    const file = path.join(staging, entry)
    files.push({ path: entry, size: fs.statSync(file).size, sha256: await lib.sha256File(file) })
  }
  const manifest = {
    format: lib.FORMAT,
    kind,
    createdAt: createdAt.toISOString(),
    app: { name: 'loa', version: lib.appVersion() },
    migrations: lib.migrationNames(kind),
    database: { file: lib.dumpEntry(kind), tool: database.tool, name: database.name, counts: database.counts },
    media: { files: media.files, bytes: media.bytes },
    files,
  }
  fs.writeFileSync(path.join(staging, lib.MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)

  step('Đóng gói tệp sao lưu', 'writing the archive')
  partial = path.join(out, `.loa-backup-${process.pid}-${Date.now()}.tar.gz.partial`)
  // The dump by name, not its folder: nothing the snapshot's client may have left beside it.
  await create({ gzip: true, file: partial, cwd: staging, portable: true, strict: true }, [lib.MANIFEST, lib.dumpEntry(kind), 'media'])
  step('Đọc lại và kiểm tra tệp sao lưu', 'reading the archive back and checking it')
  await lib.verifyArchive(partial, await lib.readManifest(partial))
  const archive = publish(partial, out, kind, createdAt)
  partial = undefined

  if (keep) prune(out, keep)
  const size = lib.humanSize(fs.statSync(archive).size)
  const counted = database.counts ? ` ${Object.keys(database.counts).length} bảng / tables,` : ''
  console.log(`\n✓ Đã sao lưu – backup written (${size},${counted} ${files.length} tệp / files, ${((Date.now() - started) / 1000).toFixed(1)} s):`)
  console.log(archive)
} catch (error) {
  lib.report(error, 'Sao lưu thất bại, không tạo tệp nào', 'backup failed, no archive written')
  process.exitCode = 1
} finally {
  cleanUp()
}

function options(argv) {
  let out = path.join(root, 'backups')
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]
    const value = arg === '--out' ? argv[++i] : arg.startsWith('--out=') ? arg.slice('--out='.length) : undefined
    if (!value) {
      throw problem(`Tham số không hợp lệ: ${arg}. Dùng: npm run backup -- [--out <thư mục>]`, 'usage: npm run backup -- [--out <dir>]')
    }
    out = lib.userPath(value, startedIn, 'backup')
  }
  return { out }
}

function keepCount() {
  const raw = process.env.LOA_BACKUP_KEEP
  if (raw === undefined || raw === '') return 0
  if (!/^[1-9]\d*$/.test(raw)) {
    throw problem(`LOA_BACKUP_KEEP phải là số nguyên dương, không phải "${raw}"`, 'LOA_BACKUP_KEEP must be a positive whole number')
  }
  return Number(raw)
}

async function dumpSqlite(url, dest) {
  const file = lib.sqliteFile(url)
  if (!fs.existsSync(file)) throw problem(`Không thấy cơ sở dữ liệu SQLite ${file}`, 'no SQLite database there: check DATABASE_URL')
  const source = lib.openSqlite(file)
  try {
    await source.execute('PRAGMA busy_timeout = 10000')
    await source.execute({ sql: 'VACUUM INTO ?', args: [dest] })
  } finally {
    source.close()
  }
  // Counted on the snapshot itself: exactly what the archive holds.
  const snapshot = lib.openSqlite(dest)
  try {
    return { tool: 'SQLite VACUUM INTO', counts: await lib.sqliteCounts(snapshot) }
  } finally {
    snapshot.close()
  }
}

async function dumpPostgres(url, dest) {
  const tool = lib.requireTool('pg_dump')
  const client = await lib.openPostgres(url)
  try {
    // pg_dump joins this transaction's snapshot: it and the counts see the same committed state.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY')
    const { rows } = await client.query('SELECT pg_export_snapshot() AS snapshot')
    const { dbname, env } = lib.libpqTarget(url)
    const args = ['--format=custom', `--snapshot=${rows[0].snapshot}`, `--file=${dest}`, `--dbname=${dbname}`]
    const [, counts] = await Promise.all([lib.runTool('pg_dump', args, env), lib.postgresCounts(client)])
    await client.query('COMMIT')
    return { tool, counts }
  } finally {
    await client.end()
  }
}

async function dumpMongodb(url, dest) {
  const tool = lib.requireTool('mongodump')
  const config = lib.mongoToolConfig(path.dirname(dest), url)
  try {
    await lib.runTool('mongodump', [`--config=${config}`, `--archive=${dest}`])
  } finally {
    fs.rmSync(config, { force: true })
  }
  return { tool, name: lib.mongoDatabaseName(url), counts: null }
}

/**
 * Gives the finished archive its name without ever replacing another one: a hard link fails if
 * the name exists (then the next second's name is tried), and the temporary name goes away.
 */
function publish(file, out, kind, createdAt) {
  for (let t = createdAt.getTime(); ; t += 1000) {
    const name = path.join(out, `loa-${lib.timestamp(new Date(t))}-${kind}.tar.gz`)
    try {
      fs.linkSync(file, name)
      fs.rmSync(file)
      return name
    } catch (error) {
      if (error.code === 'EEXIST') continue
      // Filesystems without hard links (some network shares): a rename after checking the name.
      if (fs.existsSync(name)) continue
      fs.renameSync(file, name)
      return name
    }
  }
}

/** Keeps the newest `keep` archives of the directory (by the time in their names). */
function prune(out, keep) {
  const archives = fs
    .readdirSync(out)
    .map((name) => ({ name, match: name.match(lib.ARCHIVE_NAME) }))
    .filter((a) => a.match)
    .sort((a, b) => b.match[1].localeCompare(a.match[1]) || b.name.localeCompare(a.name))
  for (const old of archives.slice(keep)) {
    fs.rmSync(path.join(out, old.name))
    note(`Đã xoá bản sao lưu cũ ${old.name} (LOA_BACKUP_KEEP=${keep})`, 'removed an older archive')
  }
}
