/**
 * Faults: a process writing to the database is killed with SIGKILL — no cleanup, no rollback of its
 * own, as when the server is OOM-killed or the machine's power goes — at chosen points of an
 * indicators import and of a coordinator logging events (test/faults/child.ts, on this file's
 * database). After each kill the database opens again in a fresh Payload (the next child), SQLite
 * says its file is intact, an import is there whole or not at all (the figures, their audit trail,
 * every table's row count), and every event whose write was acknowledged is there, intact, once.
 * On SQLite, or on PostgreSQL with TEST_DATABASE_URL=postgres://… (the server must roll back the
 * dead client's transaction and release its locks).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bin, payloadCliEnv, root } from '../../scripts/lib/prepare.mjs'
import { databaseKind } from '../../src/db'
import { IMPORT_COLUMNS } from '../../src/domain/indicatorImport'
import { writeSheet } from '../../src/lib/spreadsheets'
import { faultEvent, figureRows, MARKER_PATTERN, type FaultRefs } from '../faults/data'
import { idByName, seededPayload } from '../helpers'
import { sqliteHealth, spawnCollect, tableCounts } from '../outside'

const url = process.env.DATABASE_URL!
const kind = databaseKind(url)
const EVALUATOR = 'evaluator@demo.loa'
const COORDINATOR = 'ldld@demo.loa'
/** Startup compiles the config: slow on a busy 2-core machine. */
const CHILD_LINE_MS = 90_000
/** Any read after a kill that takes longer is waiting on a dead client's lock. */
const READ_MS = 20_000

let payload: Payload
let tmp: string
let figureFile: string
let expectedRows: ReturnType<typeof figureRows>
let refs: FaultRefs
let coordinatorOrganization: number | string
let year: number

beforeAll(async () => {
  payload = await seededPayload()
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-faults-'))
  const { docs: localities } = await payload.find({ collection: 'localities', pagination: false, depth: 0, sort: 'name', select: { name: true } })
  expect(localities).toHaveLength(114)
  // The demo figures' year: the file replaces its H1 and whole-year rows and adds H2 (114 × 3 rows).
  year = (await payload.find({ collection: 'indicators', limit: 1, depth: 0, sort: '-year' })).docs[0].year
  expectedRows = figureRows(localities.map((l) => l.name), year, ['h1', 'h2', 'year'])
  figureFile = path.join(tmp, 'so-lieu.xlsx')
  fs.writeFileSync(figureFile, await writeSheet('xlsx', 'So lieu', IMPORT_COLUMNS, expectedRows))

  const ids = async (collection: 'audience-groups' | 'topics') => (await payload.find({ collection, pagination: false, depth: 0 })).docs.map((d) => d.id)
  refs = { localities: localities.slice(0, 20).map((l) => l.id), groups: await ids('audience-groups'), topics: await ids('topics') }
  coordinatorOrganization = await idByName(payload, 'organizations', 'Liên đoàn Lao động thành phố Hải Phòng')
}, 180_000)

afterAll(async () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
  await payload?.destroy()
})

describe(`an indicators import killed with SIGKILL (${kind})`, () => {
  let before: Awaited<ReturnType<typeof databaseState>>

  beforeAll(async () => {
    before = await databaseState()
    expect(before.indicators).toHaveLength(228) // the demo H1 and whole-year figures of 114 communes
  })

  /** Runs the import in a child, kills it once `line` appears, and checks the database afterwards. */
  async function killImport(pause: string | null, line: RegExp) {
    const opened = await openedLine()
    const child = startChild({ FAULT_MODE: 'import', FAULT_USER: EVALUATOR, FAULT_FILE: figureFile, ...(pause ? { FAULT_PAUSE: pause } : {}) })
    expect(await child.waitFor(/^opened /)).toBe(opened)
    const ready = await child.waitFor(/^ready /)
    expect(ready).toBe(`ready ${child.pid} 342`) // the killed pid is the writer itself, not a wrapper
    const seen = await child.waitFor(line)
    // Paused there, its transaction is open on the server: the check after the kill can see one.
    if (kind === 'postgres' && pause) expect(await openTransactions()).toBeGreaterThanOrEqual(1)
    await child.kill()
    await afterKill()
    return { seen, lines: child.lines }
  }

  /** Nothing of the import is anywhere: the figures, their audit trail and every table as they were. */
  async function expectNothingImported(lines: string[]) {
    expect(lines.filter((l) => l.startsWith('committed'))).toEqual([])
    const now = await databaseState()
    expect(now.indicators).toEqual(before.indicators)
    expect(now.indicatorAudit).toBe(before.indicatorAudit)
    expect(now.tallyChanges).toBe(before.tallyChanges)
    expect(now.tables).toEqual(before.tables)
  }

  it('killed before its first row is written (its transaction open): nothing of it is there', async () => {
    const { seen, lines } = await killImport('before:1', /^writing 1 /)
    expect(seen, 'the rows are written inside a transaction').toBe('writing 1 true')
    expect(lines.filter((l) => l.startsWith('row '))).toEqual([])
    await expectNothingImported(lines)
  }, 240_000)

  it('killed after its first row: nothing of it is there', async () => {
    const { lines } = await killImport('after:1', /^row 1$/)
    expect(lines.filter((l) => l.startsWith('row '))).toEqual(['row 1'])
    await expectNothingImported(lines)
  }, 240_000)

  it('killed mid-way while it writes (not paused): nothing of it is there', async () => {
    const { lines } = await killImport(null, /^row 171$/)
    const rows = lines.filter((l) => l.startsWith('row ')).length
    expect(rows).toBeGreaterThanOrEqual(171)
    expect(rows).toBeLessThan(342)
    await expectNothingImported(lines)
  }, 240_000)

  it('killed after its last row, before the commit: nothing of it is there', async () => {
    const { lines } = await killImport('after:342', /^row 342$/)
    expect(lines.filter((l) => l.startsWith('row ')).length).toBe(342)
    await expectNothingImported(lines)
  }, 240_000)

  it('killed right after the commit was acknowledged: the whole import is there, with its audit trail', async () => {
    const { seen } = await killImport(null, /^committed /)
    expect(seen).toBe('committed 114 228')
    const now = await databaseState()
    expect(now.indicators).toHaveLength(342)
    const nameOf = new Map((await payload.find({ collection: 'localities', pagination: false, depth: 0, select: { name: true } })).docs.map((l) => [String(l.id), l.name]))
    const cell = { h1: 'H1', h2: 'H2', year: 'Năm' } as Record<string, string>
    const stored = now.indicators.map((d) => ({
      commune: nameOf.get(String(d.locality)),
      year: d.year,
      period: cell[d.period],
      population: d.population,
      labourForce: d.labourForce,
      bhytParticipants: d.bhytParticipants,
      bhxhCompulsory: d.bhxhCompulsory,
      bhxhVoluntary: d.bhxhVoluntary,
      bhtnParticipants: d.bhtnParticipants,
      note: d.note,
    }))
    const order = (r: { commune?: string; period: string }) => `${r.period}|${r.commune}`
    expect(stored.sort((a, b) => order(a).localeCompare(order(b)))).toEqual([...expectedRows].sort((a, b) => order(a).localeCompare(order(b))))
    // The replaced rows kept their ids; every row is now marked imported.
    const beforeIds = before.indicators.map((d) => d.id)
    expect(now.indicators.filter((d) => beforeIds.includes(d.id))).toHaveLength(228)
    expect(new Set(now.indicators.map((d) => d.source))).toEqual(new Set(['import']))
    // One audit entry per row written, all by the evaluator who imported.
    const trail = await within(
      payload.find({ collection: 'audit-log', where: { targetCollection: { equals: 'indicators' } }, pagination: false, depth: 0, sort: 'id' }),
      'the audit trail',
    )
    const added = trail.docs.slice(before.indicatorAudit)
    expect(added).toHaveLength(342)
    expect(added.filter((e) => e.action === 'create')).toHaveLength(114)
    expect(added.filter((e) => e.action === 'update')).toHaveLength(228)
    expect(new Set(added.map((e) => e.userEmail))).toEqual(new Set([EVALUATOR]))
  }, 240_000)
})

describe(`writers in one process (${kind})`, () => {
  it('twenty events created at once by one process all land, each whole (SQLite: the transactions take turns)', async () => {
    const coordinator = { ...(await payload.find({ collection: 'users', where: { email: { equals: COORDINATOR } }, limit: 1, depth: 0 })).docs[0], collection: 'users' as const }
    const before = await databaseState()
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        payload.create({ collection: 'events', data: faultEvent('z', i + 1, refs) as never, user: coordinator, overrideAccess: false, depth: 0 }),
      ),
    )
    const after = await databaseState()
    expect(after.faultEvents.map((e) => e.id).sort()).toEqual([...before.faultEvents.map((e) => e.id), ...created.map((e) => e.id)].sort())
    for (const event of after.faultEvents) {
      const [, run, seq] = event.title.match(MARKER_PATTERN)!
      expect(comparable(event)).toEqual(comparable({ ...faultEvent(run, Number(seq), refs), organization: coordinatorOrganization }))
    }
    expect(after.eventAudit - before.eventAudit).toBe(20)
    expect(after.tallyChanges - before.tallyChanges).toBe(20)
  })
})

describe(`a coordinator logging events, killed with SIGKILL (${kind})`, () => {
  const acked = new Map<string, string>() // marker → id, every run
  const lastAck = new Map<string, number>() // run → its last acknowledged number
  let base: Awaited<ReturnType<typeof databaseState>>

  beforeAll(async () => {
    base = await databaseState()
  })

  /** Creates events in a child as the coordinator, kills it when `kill` says, checks every event since the first run. */
  async function killEvents(run: string, kill: (child: Child) => Promise<unknown>) {
    const opened = await openedLine()
    const child = startChild({ FAULT_MODE: 'events', FAULT_USER: COORDINATOR, FAULT_RUN: run, FAULT_REFS: JSON.stringify(refs) })
    expect(await child.waitFor(/^opened /)).toBe(opened)
    expect(await child.waitFor(/^ready /)).toBe(`ready ${child.pid} 0`)
    await kill(child)
    await child.kill()
    expect(child.lines, 'killed while still writing').not.toContain('done')
    const acks = child.lines.filter((l) => l.startsWith('ack ')).map((l) => l.split(' '))
    for (const [, id, marker] of acks) acked.set(marker, id)
    lastAck.set(run, acks.length)
    await afterKill()

    const state = await databaseState()
    const stored = state.faultEvents.filter((e) => lastAck.has(e.title.match(MARKER_PATTERN)![1])) // this block's children
    const markers = stored.map((e) => e.title.match(MARKER_PATTERN)![0])
    expect(new Set(markers).size, 'no event written twice').toBe(markers.length)
    // Every acknowledged event is there under the id it was acknowledged with, as it was sent.
    for (const [marker, id] of acked) {
      const event = stored.find((e) => e.title.endsWith(marker))
      expect(event, `acknowledged ${marker} (#${id})`).toBeDefined()
      expect(String(event!.id)).toBe(id)
    }
    for (const event of stored) {
      const [, eventRun, seq] = event.title.match(MARKER_PATTERN)!
      expect(comparable(event)).toEqual(comparable({ ...faultEvent(eventRun, Number(seq), refs), organization: coordinatorOrganization }))
    }
    // Unacknowledged but stored: at most the one whose create was under way in each run, right after its last ack.
    for (const event of stored.filter((e) => !acked.has(e.title.match(MARKER_PATTERN)![0]))) {
      const [, eventRun, seq] = event.title.match(MARKER_PATTERN)!
      expect(Number(seq), `${event.title}: neither acknowledged nor the write under way`).toBe(lastAck.get(eventRun)! + 1)
    }
    // Each stored event came with its audit entry and its tally note (same transaction), and nothing else did.
    const events = stored.length
    expect(state.eventAudit - base.eventAudit).toBe(events)
    expect(state.tallyChanges - base.tallyChanges).toBe(events)
    expect(state.auditedEventIds.slice(base.eventAudit).sort()).toEqual(stored.map((e) => String(e.id)).sort())
    return acks.length
  }

  it('killed just after its first acknowledged event', async () => {
    expect(await killEvents('a', (child) => child.waitFor(/^ack \S+ \[lỗi-a-1\]$/))).toBeGreaterThanOrEqual(1)
  }, 240_000)

  it('killed just after its 25th acknowledged event', async () => {
    expect(await killEvents('b', (child) => child.waitFor(/^ack \S+ \[lỗi-b-25\]$/))).toBeGreaterThanOrEqual(25)
  }, 240_000)

  it('killed at a random moment', async () => {
    const delay = 200 + Math.floor(Math.random() * 2000)
    console.log(`faults: events child "c" killed ${delay} ms after it was ready`)
    await killEvents('c', () => new Promise((resolve) => setTimeout(resolve, delay)))
  }, 240_000)

  it('after the last kill, the database opens in a fresh Payload and reads the same', async () => {
    const expected = await openedLine()
    const opened = await spawnCollect(bin('payload'), ['run', 'test/faults/child.ts'], payloadCliEnv({ ...process.env, FAULT_MODE: 'open' }))
    expect(opened.code, opened.stderr).toBe(0)
    expect(opened.stdout.split('\n')).toContain(expected)
  }, 120_000)
})

// ---------------------------------------------------------------------------------------------
// Helpers

type Child = {
  pid: number
  lines: string[]
  /** The first line matching, once it is printed; fails if the child dies first or takes too long. */
  waitFor: (pattern: RegExp) => Promise<string>
  /** SIGKILL, then waits until it is gone (and checks that the kill, not something else, ended it). */
  kill: () => Promise<void>
}
const started: ChildProcess[] = []

/**
 * `payload run test/faults/child.ts` on this file's database: `payload run` loads the script in its
 * own process (tsx's API, no wrapper process), so the pid signalled is the one holding the database.
 * Every child first prints `opened <indicators> <events>` as its fresh Payload reads them.
 */
function startChild(env: Record<string, string>): Child {
  const child = spawn(bin('payload'), ['run', 'test/faults/child.ts'], {
    cwd: root,
    env: payloadCliEnv({ ...process.env, ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  started.push(child)
  const lines: string[] = []
  let stderr = ''
  let partial = ''
  const waiters: (() => void)[] = []
  child.stdout!.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString('utf8')
    const parts = text.split('\n')
    partial = parts.pop()!
    lines.push(...parts)
    for (const wake of [...waiters]) wake()
  })
  child.stderr!.on('data', (d) => (stderr += d))
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()))
  closed.then(() => waiters.forEach((wake) => wake()))
  return {
    pid: child.pid!,
    lines,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no line ${pattern} within ${CHILD_LINE_MS} ms; stderr:\n${stderr}`)), CHILD_LINE_MS)
        const check = () => {
          const hit = lines.find((l) => pattern.test(l))
          if (hit !== undefined || child.exitCode !== null || child.signalCode !== null) {
            clearTimeout(timer)
            waiters.splice(waiters.indexOf(check), 1)
            if (hit !== undefined) resolve(hit)
            else reject(new Error(`child ended (${child.exitCode ?? child.signalCode}) before ${pattern}; stdout:\n${lines.join('\n')}\nstderr:\n${stderr}`))
          }
        }
        waiters.push(check)
        check()
      }),
    kill: async () => {
      child.kill('SIGKILL')
      await closed
      expect(child.signalCode, stderr).toBe('SIGKILL')
      // Lines printed before the kill are read by now; the last one may be cut mid-way.
      if (partial) lines.push(partial)
    },
  }
}

/**
 * What a restart needs: the killed client's transaction gone on the server (PostgreSQL), the file
 * intact (SQLite), and the database opening in a fresh Payload that reads what this process reads
 * (the next child; the last test opens one after the last kill).
 */
async function afterKill() {
  if (kind === 'postgres') {
    // The server notices the dropped connection and rolls its transaction back; wait for it, bounded.
    const deadline = Date.now() + READ_MS
    let open: number
    do {
      open = await openTransactions()
      if (open) await new Promise((resolve) => setTimeout(resolve, 100))
    } while (open && Date.now() < deadline)
    expect(open, 'transactions left open by the killed client').toBe(0)
  } else {
    // Raw SQLite, for the check only: the file's own verdict, and the journal the app configured (WAL).
    expect(await within(sqliteHealth(url), 'PRAGMA integrity_check')).toEqual({ integrity: 'ok', journalMode: 'wal' })
  }
}

/** Backends on this file's database inside a transaction they are not using (PostgreSQL). */
async function openTransactions(): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()",
    )
    return Number(rows[0].n)
  } finally {
    await client.end()
  }
}

/** The database as the checks compare it, read through Payload (and every table's row count, raw), each read bounded. */
async function databaseState() {
  const all = <T>(p: Promise<{ docs: T[] }>, what: string) => within(p, what).then((r) => r.docs)
  const indicators = await all(payload.find({ collection: 'indicators', pagination: false, depth: 0, sort: 'id' }), 'the figures')
  const trail = await all(
    payload.find({ collection: 'audit-log', pagination: false, depth: 0, sort: 'id', select: { targetCollection: true, action: true, documentId: true } }),
    'the audit trail',
  )
  const eventCreates = trail.filter((e) => e.targetCollection === 'events' && e.action === 'create')
  const faultEvents = await all(payload.find({ collection: 'events', where: { title: { contains: '[lỗi-' } }, pagination: false, depth: 0, sort: 'id' }), 'the events')
  return {
    indicators,
    indicatorAudit: trail.filter((e) => e.targetCollection === 'indicators').length,
    eventAudit: eventCreates.length,
    auditedEventIds: eventCreates.map((e) => e.documentId),
    faultEvents,
    events: (await within(payload.count({ collection: 'events' }), 'the events')).totalDocs,
    tallyChanges: (await within(payload.count({ collection: 'tally-changes' }), 'the tally notes')).totalDocs,
    tables: await within(tableCounts(url), 'the row counts'),
  }
}

/** An event's fields as written, for comparing what is stored with what was sent. */
function comparable(event: object) {
  const e = event as Record<string, unknown>
  const ids = (v: unknown) => ((v as unknown[] | null) ?? []).map(String)
  return {
    title: e.title,
    kind: e.kind,
    organization: String(e.organization),
    startAt: new Date(e.startAt as string).toISOString(),
    endAt: new Date(e.endAt as string).toISOString(),
    locality: String(e.locality),
    venue: e.venue,
    audienceGroups: ids(e.audienceGroups),
    topics: ids(e.topics),
    plannedAttendance: e.plannedAttendance,
    status: e.status,
    attendance: e.attendance,
    women: e.women,
    materialsHandedOut: e.materialsHandedOut,
    attendanceByGroup: ((e.attendanceByGroup as { group: unknown; count: number }[]) ?? []).map((g) => ({ group: String(g.group), count: g.count })),
    questionsRaised: ((e.questionsRaised as { text: string }[]) ?? []).map((q) => q.text),
    satisfaction: e.satisfaction,
    newVoluntaryBhxh: e.newVoluntaryBhxh,
    newHouseholdBhyt: e.newHouseholdBhyt,
    actualCost: e.actualCost,
    fundingSource: e.fundingSource,
  }
}

/** The line a child's fresh Payload must print on opening: what this process reads now. */
async function openedLine() {
  const count = async (collection: 'indicators' | 'events') => (await within(payload.count({ collection }), collection)).totalDocs
  return `opened ${await count('indicators')} ${await count('events')}`
}

/** `promise`, or a failure naming what hung (a read blocked by a dead client's lock). */
function within<T>(promise: Promise<T>, what: string, ms = READ_MS): Promise<T> {
  let timer: NodeJS.Timeout
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms after the kill`)), ms)))
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
