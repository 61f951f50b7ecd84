/**
 * `payload run scripts/seed.ts`: applies pending migrations (in production), seeds an empty
 * database, and builds the outreach tallies of a database that has outreach but none yet (or a
 * rebuild stopped half-way), printing its progress. Writes whether it seeded and which demo accounts exist as JSON to LOA_SEED_RESULT_FILE
 * (a file, not stdout: the CLI exits before a piped stdout is always flushed).
 */
import fs from 'node:fs'

import { getPayload } from 'payload'

import config from '../payload.config'
import { fillMissingUniqueKeys } from '../src/lib/backfillUniqueKeys'
import { ensureTallies } from '../src/lib/tallies'
import { adminFromEnv, createAdmin, demoEnabled, seed } from '../src/seed'
import { DEMO_ACCOUNTS } from '../src/seed/demo'

const payload = await getPayload({ config })
try {
  // Rows stored before a "one per …" key existed get theirs (after every migration has run).
  await fillMissingUniqueKeys(payload)
  const result = await seed(payload)
  // Without demo accounts, the first administrator comes from LOA_ADMIN_EMAIL / LOA_ADMIN_PASSWORD.
  const admin = adminFromEnv()
  if (admin && (await payload.count({ collection: 'users' })).totalDocs === 0) {
    await createAdmin(payload, admin)
    console.log(`▸ Đã tạo tài khoản quản trị ${admin.email} – created the administrator ${admin.email}`)
  }
  // A database upgraded from before the outreach tallies, restored without them or whose rebuild
  // stopped half-way gets them now, before the server answers (never inside a web request).
  const tallied = await ensureTallies(payload, {
    onProgress: (p) => {
      if (p.monthsDone === 1) console.log('▸ Dựng lại số liệu tổng hợp – rebuilding the outreach tallies')
      console.log(`  Dựng lại số liệu tổng hợp: tháng ${p.monthsDone}/${p.months} (${p.month}), ${p.buckets} nhóm số liệu – ${p.buckets} monthly buckets`)
    },
  })
  if (tallied) console.log(`▸ Đã tổng hợp số liệu hoạt động – outreach tallied: ${tallied} monthly buckets`)
  const demo = demoEnabled()
    ? await payload.find({
        collection: 'users',
        where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
        depth: 1,
        limit: DEMO_ACCOUNTS.length,
        select: { email: true, role: true, organization: true },
      })
    : { docs: [] }
  const order = (email: string) => DEMO_ACCOUNTS.findIndex((a) => a.email === email)
  const accounts = [...demo.docs].sort((a, b) => order(a.email) - order(b.email)).map((u) => ({
    email: u.email,
    role: u.role,
    organization: typeof u.organization === 'object' && u.organization ? u.organization.name : undefined,
  }))
  const summary = JSON.stringify({ seeded: result.seeded, accounts })
  if (process.env.LOA_SEED_RESULT_FILE) fs.writeFileSync(process.env.LOA_SEED_RESULT_FILE, summary)
  else console.log(summary)
} finally {
  await payload.destroy()
}
process.exit(0)
