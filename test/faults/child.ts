/**
 * The process test/integration/faults.test.ts kills with SIGKILL: `payload run test/faults/child.ts`
 * on the test file's database (DATABASE_URL), telling its progress on stdout, one line per step,
 * starting with `opened <indicators> <events>`: what its fresh Payload reads.
 *
 *   FAULT_MODE=import  the figures file FAULT_FILE read as the import endpoint reads it, then written
 *                      by the endpoint's own writeFigures (one transaction) as Sở Nội vụ. Lines:
 *                      `ready <pid> <rows>`, `writing 1 <in a transaction?>`, `row N` once row N and
 *                      its audit entry are written, `committed <created> <updated>` once it returns.
 *                      FAULT_PAUSE=before:N|after:N makes it wait there, transaction open, for the kill.
 *   FAULT_MODE=events  events created one by one by the coordinator FAULT_USER (Local API, access
 *                      control on), FAULT_RUN naming them: `ready <pid> 0`, then `ack <id> <marker>`
 *                      each time a create has returned.
 *   FAULT_MODE=open    only opens Payload (the fresh start after the last kill): `ready <pid> 0`.
 * Whatever the mode, it then waits to be killed: a kill must never find it already gone.
 */
import fs from 'node:fs'

import { createLocalReq, getPayload, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

import config from '../../payload.config'
import { readImport } from '../../src/domain/indicatorImport'
import { writeFigures } from '../../src/lib/figureImport'
import { readSheet } from '../../src/lib/spreadsheets'
import { eventMarker, faultEvent, type FaultRefs } from './data'

const mode = process.env.FAULT_MODE
// Straight into the pipe: a line the test reads was written before the next step began.
const say = (line: string) => fs.writeSync(1, `${line}\n`)
// Long enough for any test, and a timer keeps the process alive (a bare pending promise would not).
const waitForKill = () => new Promise((resolve) => setTimeout(resolve, 10 * 60_000))

const payload = await getPayload({ config })
// What this fresh Payload reads after the previous kill, for the test to compare with its own reads.
const count = async (collection: 'indicators' | 'events') => (await payload.count({ collection })).totalDocs
say(`opened ${await count('indicators')} ${await count('events')}`)
const userByEmail = async (email: string) => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`no user ${email}`)
  return { ...docs[0], collection: 'users' as const }
}

if (mode === 'import') {
  const evaluator = await userByEmail(process.env.FAULT_USER!)
  const req = await createLocalReq({ user: evaluator }, payload)
  // What POST /api/indicators/import does with an uploaded file, up to the write.
  const sheet = await readSheet(fs.readFileSync(process.env.FAULT_FILE!), 'xlsx')
  const { docs: localities } = await payload.find({ collection: 'localities', depth: 0, pagination: false, select: { name: true }, req })
  const { rows, problems } = readImport(sheet, localities)
  if (problems.length) throw new Error(`the file has problems: ${JSON.stringify(problems.slice(0, 3))}`)

  // Progress hooks on this process's indicators only, after the collection's own (the audit trail's last).
  const [when, at] = (process.env.FAULT_PAUSE ?? 'none:0').split(':')
  let started = 0
  let written = 0
  const announce: CollectionBeforeChangeHook = async ({ data, req: hookReq }) => {
    started += 1
    // An id, not null: a real transaction (Payload leaves a promise of null here when the adapter has none).
    if (started === 1) say(`writing 1 ${Boolean(await hookReq.transactionID)}`)
    if (when === 'before' && started === Number(at)) await waitForKill()
    return data
  }
  const report: CollectionAfterChangeHook = async ({ doc }) => {
    written += 1
    say(`row ${written}`)
    if (when === 'after' && written === Number(at)) await waitForKill()
    return doc
  }
  const hooks = payload.collections.indicators.config.hooks
  hooks.beforeChange = [...(hooks.beforeChange ?? []), announce]
  hooks.afterChange = [...(hooks.afterChange ?? []), report]

  say(`ready ${process.pid} ${rows.length}`)
  const { created, updated } = await writeFigures(req, rows)
  say(`committed ${created} ${updated}`)
} else if (mode === 'events') {
  const coordinator = await userByEmail(process.env.FAULT_USER!)
  const refs = JSON.parse(process.env.FAULT_REFS!) as FaultRefs
  const run = process.env.FAULT_RUN!
  say(`ready ${process.pid} 0`)
  for (let seq = 1; seq <= Number(process.env.FAULT_MAX_EVENTS || 200); seq += 1) {
    const doc = await payload.create({ collection: 'events', data: faultEvent(run, seq, refs) as never, user: coordinator, overrideAccess: false, depth: 0 })
    say(`ack ${doc.id} ${eventMarker(run, seq)}`)
  }
  say('done')
} else if (mode === 'open') {
  say(`ready ${process.pid} 0`)
  await payload.destroy()
  process.exit(0)
} else {
  throw new Error(`FAULT_MODE must be import, events or open, not ${mode}`)
}
await waitForKill()
