/**
 * Writing an import's checked rows (src/domain/indicatorImport.ts) as participation figures: all of
 * them in one transaction, or none. Used by POST /api/indicators/import; exported so the fault tests
 * kill a process inside this very code.
 */
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import type { ImportRow } from '../domain/indicatorImport'
import { relationId } from '../domain/relations'

/** Writes every row inside the request's transaction: all of them or, on any error, none. */
export async function writeFigures(req: PayloadRequest, rows: ImportRow[]) {
  const own = await initTransaction(req)
  let created = 0
  let updated = 0
  try {
    // The file's communes already holding figures for its years: one query, not one per row.
    const { docs: existing } = await req.payload.find({
      collection: 'indicators',
      where: { year: { in: [...new Set(rows.map((r) => r.year))] } },
      depth: 0,
      pagination: false,
      select: { locality: true, year: true, period: true },
      req,
    })
    const key = (locality: unknown, year: number, period: string) => `${relationId(locality)}|${year}|${period}`
    const existingIds = new Map(existing.map((d) => [key(d.locality, d.year, d.period), d.id]))
    for (const row of rows) {
      const data = {
        locality: row.localityId as number, // ids are numbers on SQL, strings on MongoDB
        year: row.year,
        period: row.period,
        population: row.population,
        labourForce: row.labourForce,
        bhytParticipants: row.bhytParticipants,
        bhxhCompulsory: row.bhxhCompulsory,
        bhxhVoluntary: row.bhxhVoluntary,
        bhtnParticipants: row.bhtnParticipants,
        note: row.note,
        source: 'import' as const,
      }
      const id = existingIds.get(key(row.localityId, row.year, row.period))
      if (id !== undefined) {
        await req.payload.update({ collection: 'indicators', id, data, req, overrideAccess: false, user: req.user, depth: 0 })
        updated++
      } else {
        await req.payload.create({ collection: 'indicators', data, req, overrideAccess: false, user: req.user, depth: 0 })
        created++
      }
    }
    if (own) await commitTransaction(req)
    return { created, updated }
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}
