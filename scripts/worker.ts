/**
 * `payload run scripts/worker.ts` (started by `npm run worker`): the one process that runs the
 * jobs queue — scheduled tasks (reminders, publication dates, tallies) and queued ones (emails).
 * SIGTERM or SIGINT stops it after the job run in progress. LOA_WORKER_INTERVAL: seconds between
 * passes over an empty queue (default 10).
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { runWorker } from '../src/jobs/worker'

const payload = await getPayload({ config })
const stop = new AbortController()
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (!stop.signal.aborted) payload.logger.info(`${signal}: dừng sau công việc đang chạy – stopping after the current job run`)
    stop.abort()
  })
}
payload.logger.info('Tiến trình chạy công việc nền đã bắt đầu – the jobs worker started')
await runWorker(payload, { intervalMs: Number(process.env.LOA_WORKER_INTERVAL || 10) * 1000, signal: stop.signal })
await payload.destroy()
payload.logger.info('Tiến trình chạy công việc nền đã dừng – the jobs worker stopped')
process.exit(0)
