/**
 * A jobs worker for test/integration/worker-once.test.ts: `payload run test/workers/child.ts` on
 * the test file's database. Opens Payload, prints `ready <pid>`, waits for `go` on stdin (so two
 * children start their passes together), runs the worker's own loop until the queue is empty
 * (src/jobs/worker.ts) and prints `done`.
 */
import fs from 'node:fs'

import { getPayload } from 'payload'

import config from '../../payload.config'
import { runWorker } from '../../src/jobs/worker'

const say = (line: string) => fs.writeSync(1, `${line}\n`)
const payload = await getPayload({ config })
say(`ready ${process.pid}`)
await new Promise<void>((resolve) => {
  let input = ''
  process.stdin.on('data', (chunk) => {
    input += chunk
    if (input.includes('go')) resolve()
  })
})
// Few jobs per pass, so the two workers' passes interleave (and their claims race) throughout.
await runWorker(payload, { untilEmpty: true, limit: 2 })
say('done')
await payload.destroy()
process.exit(0)
