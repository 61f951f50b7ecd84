import type { Payload } from 'payload'

import { deleteExpiredLocks, withDatabaseLock } from '../lib/databaseLock'

export type WorkerOptions = {
  queue?: string
  /** Jobs taken per run of the queue. */
  limit?: number
  /** Pause between passes once the queue is empty. */
  intervalMs?: number
  /** Stop once the queue is empty (a catch-up run, tests) instead of waiting for more. */
  untilEmpty?: boolean
  /** Aborting stops the loop after the job run in progress, never in the middle of one. */
  signal?: AbortSignal
}

/**
 * One pass over the queue: queue the scheduled tasks that are due (as Payload's own cron does),
 * then run up to `limit` jobs. Two workers both queueing the same scheduled task is what the
 * schedules lock prevents; a job both take anyway runs once (src/jobs/onceAcrossWorkers.ts).
 * Resolves to whether jobs may remain.
 */
export async function runQueueOnce(payload: Payload, { queue = 'default', limit = 50 }: WorkerOptions = {}): Promise<boolean> {
  await withDatabaseLock(payload, `schedules:${queue}`, { ttlMs: 60_000 }, () => payload.jobs.handleSchedules({ queue }))
  const result = await payload.jobs.run({ queue, limit })
  return !result.noJobsRemaining
}

/**
 * The worker's loop (`npm run worker`): passes over the queue until it is empty, then every
 * `intervalMs`. Old locks (finished jobs' claims) are swept once a pass.
 */
export async function runWorker(payload: Payload, options: WorkerOptions = {}): Promise<void> {
  const { intervalMs = 10_000, untilEmpty = false, signal } = options
  while (!signal?.aborted) {
    let more = false
    try {
      await deleteExpiredLocks(payload)
      more = await runQueueOnce(payload, options)
    } catch (error) {
      // A database away for a moment must not end the worker: log, wait, try again.
      payload.logger.error({ err: error, msg: 'Lỗi khi chạy hàng đợi công việc – job queue pass failed' })
    }
    if (more) continue
    if (untilEmpty) return
    await pause(intervalMs, signal)
  }
}

function pause(ms: number, signal?: AbortSignal) {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}
