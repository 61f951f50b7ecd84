import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { UNIQUE_KEY_FIELD, uniqueKeyRule } from '../fields/uniqueKey'

type Row = Record<string, unknown> & { id: number | string }

/**
 * Fills the "one per …" keys (src/fields/uniqueKey.ts) of rows stored before the keys existed, for
 * the migration that adds them: every collection with a key, each row without one. Rows that
 * already break their rule (stored by the race the keys now prevent) stop the backfill before it
 * writes anything, with the rule's message and the rows' ids: which one to keep is a person's
 * decision, not a migration's. Returns how many keys were written per collection.
 */
export async function backfillUniqueKeys(payload: Payload, req?: Partial<PayloadRequest>): Promise<Record<string, number>> {
  const plans: { slug: CollectionSlug; writes: { id: number | string; key: string }[] }[] = []
  const clashes: string[] = []
  for (const { config } of Object.values(payload.collections)) {
    const rule = uniqueKeyRule(config.flattenedFields)
    if (!rule) continue
    const slug = config.slug
    const rows = (await payload.find({ collection: slug, pagination: false, depth: 0, overrideAccess: true, req })).docs as unknown as Row[]
    const holder = new Map<string, number | string>()
    for (const row of rows) if (typeof row[UNIQUE_KEY_FIELD] === 'string') holder.set(row[UNIQUE_KEY_FIELD] as string, row.id)
    const writes: { id: number | string; key: string }[] = []
    for (const row of rows) {
      if (typeof row[UNIQUE_KEY_FIELD] === 'string') continue
      const key = rule.key(row)
      if (key === null) continue
      const other = holder.get(key)
      if (other !== undefined) clashes.push(`${slug} ${String(other)} / ${String(row.id)}: ${rule.duplicate(key).message}`)
      holder.set(key, row.id)
      writes.push({ id: row.id, key })
    }
    plans.push({ slug, writes })
  }
  if (clashes.length) {
    throw new Error(`Có bản ghi trùng quy tắc "mỗi … một bản" – rows break a "one per" rule; keep one of each, then migrate again:\n${clashes.join('\n')}`)
  }
  const written: Record<string, number> = {}
  for (const { slug, writes } of plans) {
    for (const { id, key } of writes) await payload.db.updateOne({ collection: slug, id, data: { [UNIQUE_KEY_FIELD]: key }, req, returning: false })
    written[slug] = writes.length
  }
  return written
}

/** The backfill as `npm start` and `npm run migrate` run it, after every migration: says what it filled. */
export async function fillMissingUniqueKeys(payload: Payload): Promise<void> {
  const written = Object.entries(await backfillUniqueKeys(payload)).filter(([, n]) => n > 0)
  if (written.length) console.log(`▸ Đã điền khóa "mỗi … một bản" – unique keys filled: ${written.map(([slug, n]) => `${slug} ${n}`).join(', ')}`)
}
