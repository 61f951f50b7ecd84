import type { TaskConfig, TaskHandler } from 'payload'

type TaskInputOutput = { input: object; output: object }

import { withDatabaseLock } from '../lib/databaseLock'

/** A job's claim is kept this long after it ran: a second runner of the same job finds it. */
const CLAIM_KEPT_MS = 24 * 60 * 60 * 1000
/** How long a runner may go silent (it renews every third of it) before its locks count as abandoned. */
const HOLD_MS = 2 * 60 * 1000
/** How long a job waits for another run of its task before failing (Payload then retries it later). */
const TASK_WAIT_MS = 60 * 1000

/**
 * A task that sends email, made safe against two runners. Payload 3.90.1 claims jobs by reading
 * those not processing and then marking them one by one (no conditional update), so two processes
 * running the queue can both take the same job, and two processes handling schedules can both
 * queue the same scheduled task. Hence, through database locks (src/lib/databaseLock.ts):
 * - a job claims its own id first; a runner that finds the claim taken does nothing. The claim
 *   is kept after success (a second runner of a finished job skips) and released on failure (the
 *   retry claims it again);
 * - runs of one task take turns, so a task's "already sent" notes (reminderSentFor,
 *   answerEmailedAt…) written by one run are there when the next run looks.
 */
export function onceAcrossWorkers<T extends TaskInputOutput>(task: TaskConfig<T>): TaskConfig<T> {
  const handler = task.handler
  if (typeof handler !== 'function') throw new Error(`${task.slug}: onceAcrossWorkers needs a handler function`)
  const once: TaskHandler<T> = async (args) => {
    const { payload } = args.req
    // With its creation time: SQLite reuses the ids of deleted rows, and finished jobs are deleted.
    const claim = await withDatabaseLock(payload, `job:${args.job.id}:${args.job.createdAt}`, { ttlMs: HOLD_MS, keepMs: CLAIM_KEPT_MS }, async () => {
      const turn = await withDatabaseLock(payload, `task:${task.slug}`, { ttlMs: HOLD_MS, waitMs: TASK_WAIT_MS }, async () => handler(args))
      if (!turn.ran) throw new Error(`Tác vụ ${task.slug} đang chạy ở tiến trình khác quá lâu; sẽ thử lại sau – another run of this task is still going`)
      return turn.value
    })
    if (claim.ran) return claim.value
    payload.logger.info({ msg: `Bỏ qua công việc ${args.job.id} (${task.slug}): tiến trình khác đã nhận – already taken by another runner` })
    return { output: {} as never }
  }
  return { ...task, handler: once }
}
