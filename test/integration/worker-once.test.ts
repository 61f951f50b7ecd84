/**
 * Two jobs workers started by mistake on one database (two `payload run` processes running the
 * worker's loop, src/jobs/worker.ts) send each email once: Payload's claim of a job is not
 * atomic, so the email tasks claim their job and take turns through database locks
 * (src/lib/databaseLock.ts, src/jobs/onceAcrossWorkers.ts). Also the locks themselves.
 */
import { spawn, type ChildProcess } from 'node:child_process'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bin, payloadCliEnv, root } from '../../scripts/lib/prepare.mjs'
import { vietnamDate, vietnamDayStart } from '../../src/domain/period'
import { acquireLock, releaseLock, withDatabaseLock } from '../../src/lib/databaseLock'
import { refreshTallies } from '../../src/lib/tallies'
import { SEND_ACCOUNT_NOTICE_TASK } from '../../src/jobs/sendAccountNotice'
import { SEND_EVENT_REMINDERS_TASK } from '../../src/jobs/sendEventReminders'
import { idByName, seededPayload, userByEmail } from '../helpers'
import { startSmtpServer } from '../smtp'

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let payload: Payload
const children: ChildProcess[] = []

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  payload = await seededPayload()
}, 300_000)
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  await payload?.destroy()
  await smtp?.close()
})

describe('database locks', () => {
  it('one holder at a time; the holder releases; an expired lock is taken over', async () => {
    const first = await acquireLock(payload, 'test:a', 60_000)
    expect(first).toBeTruthy()
    expect(await acquireLock(payload, 'test:a', 60_000)).toBeNull()
    await releaseLock(payload, 'test:a', 'not-the-owner')
    expect(await acquireLock(payload, 'test:a', 60_000), 'only the owner releases').toBeNull()
    await releaseLock(payload, 'test:a', first!)
    const second = await acquireLock(payload, 'test:a', 1)
    expect(second).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 20))
    // Its holder went silent past the time it took: the next caller gets it.
    expect(await acquireLock(payload, 'test:a', 60_000)).toBeTruthy()
  })

  it('of racing callers exactly one gets the lock', async () => {
    const owners = await Promise.all(Array.from({ length: 8 }, () => acquireLock(payload, 'test:race', 60_000)))
    expect(owners.filter(Boolean)).toHaveLength(1)
  })

  it('withDatabaseLock runs one caller at a time; a waiting caller runs after, an impatient one not at all', async () => {
    let inside = 0
    let most = 0
    const work = async () => {
      inside++
      most = Math.max(most, inside)
      await new Promise((resolve) => setTimeout(resolve, 150))
      inside--
      return 'ok'
    }
    const [a, b, c] = await Promise.all([
      withDatabaseLock(payload, 'test:turns', { ttlMs: 10_000, waitMs: 5_000, pollMs: 20 }, work),
      withDatabaseLock(payload, 'test:turns', { ttlMs: 10_000, waitMs: 5_000, pollMs: 20 }, work),
      new Promise((resolve) => setTimeout(resolve, 30)).then(() => withDatabaseLock(payload, 'test:turns', { ttlMs: 10_000 }, work)),
    ])
    expect(most).toBe(1)
    expect([a, b]).toEqual([{ ran: true, value: 'ok' }, { ran: true, value: 'ok' }])
    expect(c).toEqual({ ran: false })
    // An error releases the lock.
    await expect(withDatabaseLock(payload, 'test:turns', { ttlMs: 10_000 }, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await withDatabaseLock(payload, 'test:turns', { ttlMs: 10_000 }, async () => 1)).toEqual({ ran: true, value: 1 })
  })
})

describe('tally refreshes', () => {
  it('a refresh waits for one running in another process, then does its own', async () => {
    // Another process's refresh, as far as the database can tell: it holds the tallies lock.
    const other = await acquireLock(payload, 'tallies', 60_000)
    expect(other).toBeTruthy()
    await payload.create({ collection: 'tally-changes', data: { buckets: ['not-a-bucket'] }, overrideAccess: true })
    let settled = false
    const mine = refreshTallies(payload).finally(() => (settled = true))
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(settled, 'still waiting for the other refresh').toBe(false)
    expect((await payload.count({ collection: 'tally-changes' })).totalDocs).toBe(1)
    await releaseLock(payload, 'tallies', other!)
    expect(await mine).toBe(1)
    expect((await payload.count({ collection: 'tally-changes' })).totalDocs).toBe(0)
  })
})

describe('two workers on one queue', () => {
  it('send the day-before reminder and each account notice once, and finish every job', async () => {
    const ldldOrg = await idByName(payload, 'organizations', 'Liên đoàn Lao động thành phố Hải Phòng')
    await payload.update({ collection: 'organizations', id: ldldOrg, data: { email: 'vanphong@ldld.haiphong.vn' } })
    const ldld = await userByEmail(payload, 'ldld@demo.loa')
    const commune = await idByName(payload, 'localities', 'Phường Thiên Hương')
    // Tomorrow 08:00–10:00 in Vietnam: due for the day-before reminder.
    const tomorrow = vietnamDayStart(vietnamDate(new Date())).getTime() + 24 * 3600_000
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Đối thoại chính sách với công nhân khu công nghiệp',
        kind: 'small_group',
        startAt: new Date(tomorrow + 8 * 3600_000).toISOString(),
        endAt: new Date(tomorrow + 10 * 3600_000).toISOString(),
        locality: commune,
        venue: 'Nhà văn hóa khu công nghiệp',
      } as never,
      overrideAccess: false,
      user: ldld,
      depth: 0,
    })
    smtp.received.length = 0
    // The same scheduled task queued twice (two schedulers racing), and a batch of notices.
    const queued = [
      await payload.jobs.queue({ task: SEND_EVENT_REMINDERS_TASK, input: {} }),
      await payload.jobs.queue({ task: SEND_EVENT_REMINDERS_TASK, input: {} }),
    ]
    const notices = Array.from({ length: 12 }, (_, i) => `nguoidung${i}@demo.loa`)
    for (const to of notices) {
      queued.push(await payload.jobs.queue({ task: SEND_ACCOUNT_NOTICE_TASK, input: { to, kind: 'password', name: `Người dùng ${to}` } }))
    }

    const workers = [startWorker(), startWorker()]
    await Promise.all(workers.map((w) => w.waitFor(/^ready /)))
    for (const w of workers) w.go()
    await Promise.all(workers.map((w) => w.waitFor(/^done$/)))

    // How the work fell between the two workers (Payload logs each pass's job count as `new: N`).
    console.log(`worker-once: passes that ran jobs, per worker: ${JSON.stringify(workers.map((w) => w.lines.filter((l) => /new\S*: \d+/.test(l)).length))}`)
    // These jobs only (the workers also queued the next scheduled runs, due later).
    const { docs: jobs } = await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0, where: { id: { in: queued.map((j) => j.id) } } })
    const seen = JSON.stringify({
      mail: smtp.received.map((m) => `${m.to.join(',')} ${m.subject}`),
      jobs: jobs.map((j) => [j.taskSlug, j.completedAt, j.hasError, j.processing, j.error, j.log?.map((l) => l.output)]),
      workers: workers.map((w) => w.lines),
    }, null, 1)
    const reminders = smtp.received.filter((m) => m.subject.includes('Đối thoại chính sách với công nhân khu công nghiệp'))
    expect(reminders, `one day-before reminder; seen: ${seen}`).toHaveLength(1)
    expect(reminders[0].to).toContain('vanphong@ldld.haiphong.vn')
    const noticeRecipients = smtp.received.filter((m) => notices.includes(m.to[0])).map((m) => m.to[0]).sort()
    expect(noticeRecipients, 'each notice once').toEqual([...notices].sort())
    const stored = await payload.findByID({ collection: 'events', id: event.id, depth: 0 })
    expect(stored.reminderSentFor).toBe(stored.startAt)

    const unfinished = jobs.filter((j) => !j.completedAt || j.hasError || j.processing)
    // Finished jobs are deleted (Payload's deleteJobOnComplete); any left must be completed, not stuck or failed.
    expect(unfinished, 'every job completed, none stuck or failed').toEqual([])
  }, 300_000)
})

/** `payload run test/workers/child.ts` on this file's database, sending to the test's SMTP server. */
function startWorker() {
  const child = spawn(bin('payload'), ['run', 'test/workers/child.ts'], {
    cwd: root,
    env: payloadCliEnv({ ...process.env, SMTP_URL: smtp.url }),
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  children.push(child)
  const lines: string[] = []
  let stderr = ''
  let partial = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString('utf8')).split('\n')
    partial = parts.pop()!
    lines.push(...parts)
  })
  child.stderr!.on('data', (d) => (stderr += d))
  return {
    lines,
    go: () => child.stdin!.write('go\n'),
    waitFor: (pattern: RegExp) =>
      new Promise<string>((resolve, reject) => {
        const started = Date.now()
        const check = () => {
          const hit = lines.find((l) => pattern.test(l))
          if (hit !== undefined) return resolve(hit)
          if (child.exitCode !== null || child.signalCode !== null || Date.now() - started > 240_000) {
            return reject(new Error(`worker ended or timed out before ${pattern}; stdout:\n${lines.join('\n')}\nstderr:\n${stderr}`))
          }
          setTimeout(check, 50)
        }
        check()
      }),
  }
}
