/**
 * What `npm run backup` and `npm run restore` share: where the database and the media directory
 * are (read as the app reads them), the archive and its manifest, reading an archive back with
 * every file checked, and the database clients and tools of each kind.
 *
 * An archive is one gzipped tar: `manifest.json` first, then `database/<dump>`, then `media/…`.
 * The manifest lists every other entry with its size and sha256, so a restore can refuse a
 * damaged or altered archive before it touches anything.
 *
 * The SQLite and PostgreSQL clients are the ones the Payload adapters install (@libsql/client,
 * pg), resolved through those adapters so npm's hoisting does not matter.
 */
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { Parser } from 'tar'

import { root } from './prepare.mjs'

export const FORMAT = 'loa-backup/1'
export const MANIFEST = 'manifest.json'
/** The tables restore prints side by side (it compares every table the manifest counted). */
export const MAIN_TABLES = ['users', 'events', 'feedback', 'indicators', 'reports', 'media']
const DUMP_FILE = { sqlite: 'database/loa.db', postgres: 'database/loa.pgdump', mongodb: 'database/loa.mongo.archive' }
export const ARCHIVE_NAME = /^loa-(\d{8}-\d{6})-(sqlite|postgres|mongodb)\.tar\.gz$/

/** A refusal or failure the scripts print as it is (Vietnamese – English) before exiting 1. */
export class BackupError extends Error {}
/** Prints a failure: ours as they are, anything else with its stack. */
export function report(error, vi, en) {
  console.error(`\n✗ ${error instanceof BackupError ? error.message : `${vi} – ${en}: ${error?.stack ?? error}`}`)
}
export const problem = (vi, en) => new BackupError(`${vi} – ${en}`)
export const step = (vi, en) => console.log(`▸ ${vi} – ${en}`)
export const note = (vi, en) => console.log(`  ${vi} – ${en}`)

// ---------------------------------------------------------------------------------------------
// Where things are, as the app sees them (src/db.ts, collections/Media)

export function databaseUrl() {
  return process.env.DATABASE_URL || 'file:./data/loa.db'
}

/** Same rule as databaseKind in src/db.ts. */
export function databaseKind(url) {
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  if (url.startsWith('file:')) return 'sqlite'
  throw problem(`DATABASE_URL không hợp lệ: "${url}"`, 'unsupported DATABASE_URL: use file:, postgres:// or mongodb://')
}

/** The SQLite file of a `file:` URL; a relative path is relative to the project, where the app runs. */
export function sqliteFile(url) {
  const bare = url.replace(/[?#].*$/, '')
  if (bare.startsWith('file://')) return fileURLToPath(bare)
  return path.resolve(root, bare.slice('file:'.length))
}

export function mediaDirectory() {
  return path.resolve(root, process.env.LOA_MEDIA_DIR || 'media')
}

/** The URL without its password, for messages. */
export function maskUrl(url) {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')
}

export function appVersion() {
  return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version
}

/** The migrations committed for this kind of database (none for MongoDB). */
export function migrationNames(kind) {
  const dir = path.join(root, 'src/migrations', kind)
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort()
}

export const dumpEntry = (kind) => DUMP_FILE[kind]

/** `YYYYMMDD-HHmmss` in UTC. */
export function timestamp(date = new Date()) {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
}

/**
 * A path the user typed, relative to where they typed it: `npm run <script>` starts us in the
 * project and says where the user was in INIT_CWD; otherwise `cwd` (before the script moved).
 */
export function userPath(p, cwd, script) {
  const base = process.env.npm_lifecycle_event === script && process.env.INIT_CWD ? process.env.INIT_CWD : cwd
  return path.resolve(base, p)
}

// ---------------------------------------------------------------------------------------------
// Files

export async function sha256File(file) {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk)
  return hash.digest('hex')
}

/** Regular files under `dir`, as sorted paths relative to it with `/` separators. */
export function filesUnder(dir) {
  const out = []
  const visit = (rel) => {
    for (const d of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${d.name}` : d.name
      if (d.isDirectory()) visit(child)
      else if (d.isFile()) out.push(child)
    }
  }
  if (fs.existsSync(dir)) visit('')
  return out.sort()
}

/**
 * Copies the media directory as it is now. Copies share blocks with the original where the
 * filesystem can (reflinks). A file deleted while we copy is skipped; links and other
 * non-regular files are left out (the app writes none).
 */
export function copyMedia(from, to) {
  fs.mkdirSync(to, { recursive: true })
  let files = 0
  let bytes = 0
  let vanished = 0
  const visit = (rel) => {
    let entries
    try {
      entries = fs.readdirSync(path.join(from, rel), { withFileTypes: true })
    } catch (e) {
      if (e.code === 'ENOENT') return
      throw e
    }
    for (const d of entries) {
      const child = path.join(rel, d.name)
      if (d.isDirectory()) {
        fs.mkdirSync(path.join(to, child), { recursive: true })
        visit(child)
      } else if (d.isFile()) {
        try {
          fs.copyFileSync(path.join(from, child), path.join(to, child), fs.constants.COPYFILE_FICLONE)
          files += 1
          bytes += fs.statSync(path.join(to, child)).size
        } catch (e) {
          if (e.code !== 'ENOENT') throw e
          vanished += 1
        }
      }
    }
  }
  if (fs.existsSync(from)) visit('')
  return { files, bytes, vanished }
}

export const humanSize = (bytes) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`

// ---------------------------------------------------------------------------------------------
// Reading an archive

/**
 * Streams the archive through node-tar's parser (strict: any damage is an error), calling
 * `onEntry(entry, finish)` for each entry, which must consume or resume the entry's data. It may
 * call `finish()` to stop early or `finish(error)` to fail, or throw.
 */
function parseArchive(archive, onEntry) {
  return new Promise((resolve, reject) => {
    const input = fs.createReadStream(archive)
    let settled = false
    const finish = (error) => {
      if (settled) return
      settled = true
      input.destroy()
      if (error) reject(error)
      else resolve()
    }
    const parser = new Parser({
      strict: true,
      onReadEntry: (entry) => {
        if (settled) return entry.resume()
        try {
          onEntry(entry, finish)
        } catch (error) {
          entry.resume()
          finish(error)
        }
      },
    })
    parser.on('error', (error) => finish(damaged(error)))
    parser.on('end', () => finish())
    input.on('error', (error) => finish(error))
    input.pipe(parser)
  })
}

const damaged = (error) =>
  problem(
    `Tệp sao lưu bị hỏng, không đọc được (${error.message}). Không thay đổi gì`,
    'the archive is damaged and cannot be read; nothing was changed',
  )

const isSafeEntryPath = (p) =>
  p.length > 0 && !p.startsWith('/') && !p.includes('\\') && p.split('/').every((part) => part !== '..' && part !== '.')

/** The manifest, read from the first entry without reading the rest of the archive. */
export async function readManifest(archive) {
  if (!fs.existsSync(archive)) throw problem(`Không thấy tệp sao lưu ${archive}`, 'no such archive')
  let manifest
  await parseArchive(archive, (entry, finish) => {
    if (entry.path !== MANIFEST) {
      throw problem(
        `${archive} không phải bản sao lưu của Loa (thiếu ${MANIFEST} ở đầu)`,
        `not a Loa backup: ${MANIFEST} is not its first entry`,
      )
    }
    const chunks = []
    entry.on('data', (c) => chunks.push(c))
    entry.on('end', () => {
      try {
        const raw = Buffer.concat(chunks)
        manifest = JSON.parse(raw.toString('utf8'))
        // The exact bytes, so verifyArchive can tell that the manifest it meets again is this one.
        Object.defineProperty(manifest, 'raw', { value: raw })
        finish()
      } catch {
        finish(problem(`${MANIFEST} trong tệp sao lưu không đọc được`, `the archive's ${MANIFEST} is not valid JSON`))
      }
    })
  })
  if (!manifest) throw problem(`${archive} không phải bản sao lưu của Loa`, 'not a Loa backup (empty)')
  if (manifest.format !== FORMAT || !Array.isArray(manifest.files) || !manifest.database?.file) {
    throw problem(
      `Định dạng sao lưu không được hỗ trợ: ${manifest.format ?? 'không rõ'}`,
      `unsupported backup format (this Loa reads ${FORMAT})`,
    )
  }
  const listed = (f) => isSafeEntryPath(f.path) && (f.path.startsWith('database/') || f.path.startsWith('media/'))
  if (!manifest.files.every(listed) || !manifest.files.some((f) => f.path === manifest.database.file)) {
    throw notTheSame(`danh sách tệp trong ${MANIFEST} sai`, `${MANIFEST} lists unexpected files`)
  }
  return manifest
}

/**
 * Reads the whole archive and checks it against `manifest`: the same manifest bytes first, then
 * every file with the size and sha256 listed, nothing missing, nothing extra, no path leaving its
 * folder. Where `place(entryPath)` returns a file path the entry is written there as it is read
 * (`place` must create the folders it needs); directories are passed to `place` too, with a
 * trailing `/`. Throws on the first problem: what was written is the caller's to remove.
 */
export async function verifyArchive(archive, manifest, place = () => null) {
  const expected = new Map(manifest.files.map((f) => [f.path, f]))
  const seen = new Map()
  let first = true
  await parseArchive(archive, (entry, finish) => {
    const p = entry.path.replace(/\/$/, '')
    if (first) {
      first = false
      const chunks = []
      if (p !== MANIFEST) throw notTheSame(`${MANIFEST} không ở đầu`, `${MANIFEST} is not the first entry`)
      entry.on('data', (c) => chunks.push(c))
      entry.on('end', () => {
        if (!Buffer.concat(chunks).equals(manifest.raw)) finish(notTheSame(`${MANIFEST} đã đổi`, `${MANIFEST} changed`))
      })
      return
    }
    if (!isSafeEntryPath(p) || !(p === 'database' || p === 'media' || p.startsWith('database/') || p.startsWith('media/'))) {
      throw notTheSame(`đường dẫn lạ trong tệp: ${entry.path}`, `unexpected path ${entry.path}`)
    }
    if (entry.type === 'Directory') {
      place(`${p}/`)
      entry.resume()
      return
    }
    if (entry.type !== 'File' && entry.type !== 'OldFile') {
      throw notTheSame(`${p} không phải tệp thường`, `${p} is a ${entry.type}, not a file`)
    }
    if (!expected.has(p)) throw notTheSame(`${p} không có trong danh sách`, `${p} is not in the manifest`)
    if (seen.has(p)) throw notTheSame(`${p} xuất hiện hai lần`, `${p} appears twice`)
    const hash = crypto.createHash('sha256')
    let size = 0
    const dest = place(p)
    const fd = dest ? fs.openSync(dest, 'wx') : null
    seen.set(p, null)
    entry.on('data', (chunk) => {
      hash.update(chunk)
      size += chunk.length
      if (fd === null) return
      try {
        for (let done = 0; done < chunk.length; ) done += fs.writeSync(fd, chunk, done)
      } catch (error) {
        finish(error)
      }
    })
    entry.on('end', () => {
      if (fd !== null) fs.closeSync(fd)
      const want = expected.get(p)
      const sha256 = hash.digest('hex')
      if (size !== want.size || sha256 !== want.sha256) {
        finish(
          notTheSame(
            `${p} không khớp mã kiểm tra sha256 (${size} byte, cần ${want.size})`,
            `${p} does not match its size and sha256`,
          ),
        )
      }
      seen.set(p, { size, sha256 })
    })
  })
  const missing = manifest.files.filter((f) => !seen.get(f.path))
  if (missing.length) {
    throw notTheSame(
      `thiếu ${missing.length} tệp (${missing.slice(0, 3).map((f) => f.path).join(', ')})`,
      `${missing.length} files are missing`,
    )
  }
}

const notTheSame = (vi, en) =>
  problem(
    `Tệp sao lưu bị hỏng hoặc đã bị sửa: ${vi}. Không thay đổi gì`,
    `the archive is damaged or altered: ${en}; nothing was changed`,
  )

// ---------------------------------------------------------------------------------------------
// Databases

const adapterRequire = (adapter) => createRequire(path.join(root, 'node_modules', adapter, 'package.json'))

/** A libsql client on a SQLite file (the driver @payloadcms/db-sqlite uses). */
export function openSqlite(file) {
  const { createClient } = adapterRequire('@payloadcms/db-sqlite')('@libsql/client')
  return createClient({ url: pathToFileURL(file).href })
}

/** A connected pg client (the driver @payloadcms/db-postgres uses). */
export async function openPostgres(url) {
  const pg = adapterRequire('@payloadcms/db-postgres')('pg')
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => undefined)
  try {
    await client.connect()
  } catch (error) {
    throw problem(
      `Không kết nối được PostgreSQL ${maskUrl(url)} (${error.message})`,
      'cannot connect to PostgreSQL: check DATABASE_URL (a restore needs the database to exist: createdb it first)',
    )
  }
  return client
}

const quoteIdent = (name) => `"${String(name).replace(/"/g, '""')}"`

/** Rows in every table of a SQLite database. */
export async function sqliteCounts(client) {
  const tables = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
  )
  const counts = {}
  for (const { name } of tables.rows) {
    const r = await client.execute(`SELECT count(*) AS n FROM ${quoteIdent(name)}`)
    counts[name] = Number(r.rows[0].n)
  }
  return counts
}

/** Rows in every table outside PostgreSQL's own schemas; `schema.table` outside `public`. */
export async function postgresCounts(client) {
  const tables = await client.query(
    "SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2",
  )
  const counts = {}
  for (const { schemaname, tablename } of tables.rows) {
    const r = await client.query(`SELECT count(*) AS n FROM ${quoteIdent(schemaname)}.${quoteIdent(tablename)}`)
    counts[schemaname === 'public' ? tablename : `${schemaname}.${tablename}`] = Number(r.rows[0].n)
  }
  return counts
}

/**
 * Arguments and environment for libpq tools (pg_dump, pg_restore): the password goes through
 * PGPASSWORD, not the command line other users can read.
 */
export function libpqTarget(url) {
  const u = new URL(url)
  const env = { ...process.env }
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password)
  u.password = ''
  return { dbname: u.toString(), env }
}

const TOOL_HELP = {
  pg_dump: ['cài gói postgresql-client (Debian: apt-get install postgresql-client)', 'install postgresql-client (pg_dump of the server’s major version or newer)'],
  pg_restore: ['cài gói postgresql-client (Debian: apt-get install postgresql-client)', 'install postgresql-client (pg_restore)'],
  mongodump: ['cài MongoDB Database Tools (mongodump, mongorestore)', 'install the MongoDB Database Tools'],
  mongorestore: ['cài MongoDB Database Tools (mongodump, mongorestore)', 'install the MongoDB Database Tools'],
}

/** Fails with what to install when a command-line tool is missing. */
export function requireTool(name) {
  const r = spawnSync(name, ['--version'], { encoding: 'utf8' })
  if (r.error?.code === 'ENOENT') {
    const [vi, en] = TOOL_HELP[name] ?? ['', '']
    throw problem(`Không tìm thấy lệnh ${name}: ${vi}`, `${name} not found: ${en}`)
  }
  return (r.stdout || '').trim().split('\n')[0]
}

/** Runs a tool to the end; fails with the end of its error output. */
export function runTool(cmd, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code === 0) resolve(stderr)
      else
        reject(
          problem(`${cmd} thất bại (${code ?? signal})`, `${cmd} failed:\n${stderr.trim().split('\n').slice(-8).join('\n')}`),
        )
    })
  })
}

/**
 * A MongoDB Database Tools config file holding the connection string (with its password), so it
 * is not on the command line; readable by its owner only.
 */
export function mongoToolConfig(dir, url) {
  const file = path.join(dir, 'mongo-tools.yaml')
  fs.writeFileSync(file, `uri: ${JSON.stringify(url)}\n`, { mode: 0o600 })
  return file
}

/** The database name a mongodb:// URL names (`test` when none, as the tools assume). */
export function mongoDatabaseName(url) {
  // Not new URL(): a replica set's host list (h1:27017,h2:27017) is not a valid URL host.
  return decodeURIComponent(url.replace(/^mongodb(\+srv)?:\/\/[^/]*\/?/, '').replace(/[?#].*$/, '')) || 'test'
}
