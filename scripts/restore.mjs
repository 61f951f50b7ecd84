#!/usr/bin/env node
/**
 * `npm run restore -- <archive> [--force]`: brings a `npm run backup` archive back into the
 * database DATABASE_URL names and the media directory (LOA_MEDIA_DIR), in this order:
 *   1. read the manifest; refuse an archive of another kind of database than DATABASE_URL's
 *   2. refuse while the database is in use, unless --force (SQLite: another process has the file
 *      open — from /proc on Linux, and after step 3 by failing to lock it exclusively;
 *      PostgreSQL: other sessions on the database)
 *   3. read the whole archive, checking every file's size and sha256 against the manifest, into
 *      staging places next to the targets: nothing is touched before the archive proved whole
 *   4. the database: SQLite — the current file and its -wal/-shm moved aside, the restored file
 *      renamed in; PostgreSQL — pg_restore --clean --if-exists --no-owner in one transaction;
 *      MongoDB — mongorestore --drop
 *   5. the media directory: the current one moved aside as <name>.before-restore-<time>, the
 *      restored one renamed in
 *   6. every table counted again and compared with the manifest's counts
 * Then what was moved aside is removed. If step 4, 5 or 6 fails, the SQLite file and the media
 * directory are put back as they were (a failed pg_restore changed nothing: one transaction).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureDependencies, loadEnv, root } from './lib/prepare.mjs'

const startedIn = process.cwd()
process.chdir(root)
ensureDependencies()
loadEnv()
const lib = await import('./lib/backup.mjs')
const { problem, step, note } = lib

const started = Date.now()
const stamp = lib.timestamp()
/** Staged copies to remove whatever happens. */
const staged = []
/** How to put back what was moved, newest first; and what to remove once all went well. */
const undo = []
const leftovers = []
let touching = false

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Stopping half-way through the swap would leave a mix of old and new: finish or roll back.
    if (touching) return console.error('\n  Đang thay dữ liệu, chờ xong – restoring, wait for it to finish')
    removeStaged()
    console.error('\n✗ Đã dừng, không thay đổi gì – interrupted, nothing was changed')
    process.exit(1)
  })
}

try {
  const { archive, force } = options(process.argv.slice(2))
  const url = lib.databaseUrl()
  const kind = lib.databaseKind(url)
  const mediaDir = lib.mediaDirectory()

  step(`Đọc tệp sao lưu ${archive}`, 'reading the archive')
  const manifest = await lib.readManifest(archive)
  note(
    `tạo lúc ${manifest.createdAt}, Loa ${manifest.app?.version ?? '?'}, CSDL ${manifest.kind}, ${manifest.files.length} tệp`,
    `made ${manifest.createdAt}, ${manifest.kind}, ${manifest.files.length} files`,
  )
  if (manifest.kind !== kind) {
    throw problem(
      `Bản sao lưu này là của CSDL ${manifest.kind}, còn DATABASE_URL chỉ tới CSDL ${kind}: không khôi phục. Không thay đổi gì`,
      `this archive holds a ${manifest.kind} database but DATABASE_URL names a ${kind} one; nothing was changed`,
    )
  }
  warnIfOtherVersion(manifest, kind)
  note(`đích: ${lib.maskUrl(url)}, thư mục tệp ${mediaDir}`, 'restoring into these')

  if (force) note('--force: không kiểm tra CSDL có đang được dùng', '--force: not checking whether the database is in use')
  else await refuseIfInUse(kind, url)

  step('Kiểm tra toàn bộ tệp sao lưu (kích thước, sha256)', 'checking every file of the archive (size, sha256)')
  const places = stagingPlaces(kind, url, mediaDir, manifest)
  await lib.verifyArchive(archive, manifest, places.place)
  note(`${manifest.files.length} tệp khớp với manifest.json`, `all ${manifest.files.length} files match the manifest`)
  // Last, just before the swap: taking the lock opens the current file, and SQLite folds its -wal
  // into it when that connection ends; harmless now that the file is about to be replaced.
  if (kind === 'sqlite' && !force) await refuseIfLocked(lib.sqliteFile(url))

  touching = true
  try {
    step('Khôi phục cơ sở dữ liệu', 'restoring the database')
    const restore = { sqlite: restoreSqlite, postgres: restorePostgres, mongodb: restoreMongodb }[kind]
    await restore(url, places.database, manifest)
    step(`Khôi phục thư mục tệp tải lên ${mediaDir}`, 'restoring the media directory')
    swapMedia(mediaDir, places.media)
    step('Đếm lại dữ liệu đã khôi phục', 'counting the restored rows')
    await compareCounts(kind, url, manifest)
  } catch (error) {
    rollBack()
    throw error
  }
  for (const p of leftovers) fs.rmSync(p, { recursive: true, force: true })
  console.log(`\n✓ Đã khôi phục bản sao lưu ngày ${manifest.createdAt} – restored (${((Date.now() - started) / 1000).toFixed(1)} s)`)
} catch (error) {
  lib.report(error, 'Khôi phục thất bại', 'restore failed')
  process.exitCode = 1
} finally {
  removeStaged()
}

function options(argv) {
  const force = argv.includes('--force')
  const rest = argv.filter((a) => a !== '--force')
  if (rest.length !== 1 || rest[0].startsWith('-')) {
    throw problem('Dùng: npm run restore -- <tệp sao lưu> [--force]', 'usage: npm run restore -- <archive> [--force]')
  }
  return { archive: lib.userPath(rest[0], startedIn, 'restore'), force }
}

function removeStaged() {
  for (const p of staged) fs.rmSync(p, { recursive: true, force: true })
}

/** A backup from other code still restores; say so, since the app will migrate or lack columns. */
function warnIfOtherVersion(manifest, kind) {
  const version = lib.appVersion()
  if (manifest.app?.version !== version) {
    note(`⚠ bản sao lưu của Loa ${manifest.app?.version}, mã hiện tại là ${version}`, 'the archive was made by another version of Loa')
  }
  const ours = lib.migrationNames(kind)
  const theirs = manifest.migrations ?? []
  const unknown = theirs.filter((m) => !ours.includes(m))
  const newer = ours.filter((m) => !theirs.includes(m))
  if (unknown.length) {
    note(`⚠ bản sao lưu có migration mà mã này không có: ${unknown.join(', ')}`, 'the archive is from newer code than this')
  }
  if (newer.length) {
    note(`⚠ npm start sẽ chạy thêm các migration: ${newer.join(', ')}`, 'npm start will apply the newer migrations to it')
  }
}

function inUse(detail) {
  return problem(
    `Cơ sở dữ liệu đang được dùng (${detail}): dừng ứng dụng rồi chạy lại, hoặc thêm --force. Không thay đổi gì`,
    'the database is in use (is the app running?): stop it and try again, or pass --force; nothing was changed',
  )
}

/** Refuses when another process has the database open (read-only checks: nothing is changed). */
async function refuseIfInUse(kind, url) {
  if (kind === 'sqlite') {
    const file = lib.sqliteFile(url)
    const holders = processesWithOpen([file, `${file}-wal`])
    if (holders.length) throw inUse(`tiến trình ${holders.join(', ')} đang mở ${file}`)
  } else if (kind === 'postgres') {
    const client = await lib.openPostgres(url)
    try {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n, string_agg(DISTINCT coalesce(nullif(application_name, ''), client_addr::text, 'local'), ', ') AS who
           FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      )
      if (rows[0].n > 0) throw inUse(`${rows[0].n} kết nối khác: ${rows[0].who}`)
    } finally {
      await client.end()
    }
  } else {
    note('⚠ không kiểm tra được MongoDB có đang được dùng: hãy dừng ứng dụng trước', 'cannot tell whether MongoDB is in use: stop the app first')
  }
}

/**
 * SQLite, where /proc cannot tell (not Linux, another user's process): every connection to a WAL
 * database holds a shared lock, so an exclusive one fails at once while the app has it open.
 */
async function refuseIfLocked(file) {
  if (!fs.existsSync(file)) return
  const client = lib.openSqlite(file)
  try {
    await client.execute('PRAGMA busy_timeout = 0')
    await client.execute('PRAGMA locking_mode = EXCLUSIVE')
    await client.execute('BEGIN EXCLUSIVE')
    await client.execute('SELECT count(*) FROM sqlite_master')
    await client.execute('COMMIT')
  } catch (error) {
    if (error.code === 'SQLITE_BUSY' || /locked|busy/i.test(error.message)) throw inUse(`một tiến trình khác đang mở ${file}`)
    throw problem(
      `Không mở được CSDL hiện có ${file} để kiểm tra (${error.message}); thêm --force để thay nó`,
      'cannot open the current database to check it is unused; --force replaces it anyway',
    )
  } finally {
    client.close()
  }
}

/** Process ids (other than ours) with one of `files` open, from /proc; none where there is no /proc. */
function processesWithOpen(files) {
  if (!fs.existsSync('/proc/self/fd')) return []
  const pids = []
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid)) {
    let fds = []
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue // gone, or another user's
    }
    const open = fds.some((fd) => {
      try {
        return files.includes(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))
      } catch {
        return false
      }
    })
    if (open) pids.push(pid)
  }
  return pids
}

/**
 * Where verifyArchive writes each entry: the database file next to its target (SQLite, so the
 * final rename stays on one filesystem) or in a temp folder (a dump for pg_restore/mongorestore);
 * media in a hidden folder beside the media directory.
 */
function stagingPlaces(kind, url, mediaDir, manifest) {
  let database
  if (kind === 'sqlite') {
    const file = lib.sqliteFile(url)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    database = path.join(path.dirname(file), `.${path.basename(file)}.restore-${stamp}`)
    staged.push(database)
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-restore-'))
    staged.push(dir)
    database = path.join(dir, path.basename(manifest.database.file))
  }
  fs.mkdirSync(path.dirname(mediaDir), { recursive: true })
  const media = path.join(path.dirname(mediaDir), `.${path.basename(mediaDir)}.restore-${stamp}`)
  staged.push(media)
  fs.mkdirSync(media)
  const place = (entry) => {
    if (entry === manifest.database.file) return database
    if (!entry.startsWith('media/')) return null
    const target = path.join(media, entry.slice('media/'.length))
    if (entry.endsWith('/')) {
      fs.mkdirSync(target, { recursive: true })
      return null
    }
    fs.mkdirSync(path.dirname(target), { recursive: true })
    return target
  }
  return { database, media, place }
}

/** Moves `from` aside to `aside`, remembering how to move it back and to remove it at the end. */
function moveAside(from, aside) {
  if (!fs.existsSync(from)) return
  fs.renameSync(from, aside)
  undo.unshift(() => fs.renameSync(aside, from))
  leftovers.push(aside)
}

function moveIn(from, to) {
  fs.renameSync(from, to)
  undo.unshift(() => fs.rmSync(to, { recursive: true, force: true }))
}

function rollBack() {
  for (const fn of undo) {
    try {
      fn()
    } catch (error) {
      console.error(`  ✗ không đặt lại được – could not put back: ${error.message}`)
    }
  }
  if (undo.length) note('Đã đặt lại dữ liệu như trước', 'the previous database file and media directory are back')
}

async function restoreSqlite(url, restored) {
  const file = lib.sqliteFile(url)
  const aside = `${file}.before-restore-${stamp}`
  // The old -wal belongs to the old file (committed pages not yet copied back): it moves aside with
  // it, and no stale -wal or -shm stays beside the restored file.
  for (const suffix of ['-shm', '-wal', '']) moveAside(file + suffix, aside + suffix)
  // On a roll-back, the -wal/-shm that opening the restored file made go with it.
  undo.unshift(() => ['-wal', '-shm'].forEach((suffix) => fs.rmSync(file + suffix, { force: true })))
  moveIn(restored, file)
}

async function restorePostgres(url, dump) {
  lib.requireTool('pg_restore')
  const { dbname, env } = lib.libpqTarget(url)
  // --clean --if-exists drops what the dump holds before recreating it; tables the dump does not
  // have stay. One transaction: a failure leaves the database as it was.
  await lib.runTool(
    'pg_restore',
    ['--clean', '--if-exists', '--no-owner', '--no-acl', '--single-transaction', '--exit-on-error', `--dbname=${dbname}`, dump],
    env,
  )
}

async function restoreMongodb(url, dump, manifest) {
  lib.requireTool('mongorestore')
  const config = lib.mongoToolConfig(path.dirname(dump), url)
  const from = manifest.database.name
  const to = lib.mongoDatabaseName(url)
  const rename = from && from !== to ? [`--nsFrom=${from}.*`, `--nsTo=${to}.*`] : []
  await lib.runTool('mongorestore', [`--config=${config}`, `--archive=${dump}`, '--drop', ...rename])
}

function swapMedia(mediaDir, restored) {
  moveAside(mediaDir, path.join(path.dirname(mediaDir), `${path.basename(mediaDir)}.before-restore-${stamp}`))
  moveIn(restored, mediaDir)
}

async function countsNow(kind, url) {
  if (kind === 'sqlite') {
    const client = lib.openSqlite(lib.sqliteFile(url))
    try {
      return await lib.sqliteCounts(client)
    } finally {
      client.close()
    }
  }
  const client = await lib.openPostgres(url)
  try {
    return await lib.postgresCounts(client)
  } finally {
    await client.end()
  }
}

/** Prints the main tables side by side and fails unless every table the manifest counted matches. */
async function compareCounts(kind, url, manifest) {
  const expected = manifest.database.counts
  if (!expected) {
    note('bản sao lưu MongoDB không có số dòng để so', 'a MongoDB archive has no counts to compare')
    return
  }
  const actual = await countsNow(kind, url)
  const width = Math.max(...Object.keys(expected).map((t) => t.length), 16)
  console.log(`  ${'bảng / table'.padEnd(width)}  ${'sao lưu / archive'.padStart(17)}  ${'khôi phục / restored'.padStart(20)}`)
  for (const table of lib.MAIN_TABLES.filter((t) => t in expected)) {
    console.log(`  ${table.padEnd(width)}  ${String(expected[table]).padStart(17)}  ${String(actual[table] ?? '—').padStart(20)}`)
  }
  const wrong = Object.keys(expected).filter((t) => actual[t] !== expected[t])
  if (wrong.length) {
    throw problem(
      `Số dòng không khớp ở ${wrong.length} bảng: ${wrong.map((t) => `${t} (sao lưu ${expected[t]}, khôi phục ${actual[t] ?? 'không có bảng'})`).join(', ')}`,
      'row counts differ from the archive (archive, restored)',
    )
  }
  const extra = Object.keys(actual).filter((t) => !(t in expected))
  if (extra.length) note(`⚠ bảng không có trong bản sao lưu, giữ nguyên: ${extra.join(', ')}`, 'tables the archive does not have were left as they are')
  note(`cả ${Object.keys(expected).length} bảng khớp với bản sao lưu`, `all ${Object.keys(expected).length} tables match the archive`)
}
