/**
 * Outreach tallies: the sums the dashboard and the reports need, kept per month and per commune,
 * organization or campaign, so a year of a city with 50,000 events is read as a few thousand small
 * rows instead of every event (src/lib/tallies.ts keeps them current). Plain functions.
 *
 * An event counts once it was held (status held or reported), in the Vietnam month it started.
 * It is tallied for its commune, its lead organization and its campaign; co-organizers are not
 * credited (one event, one organizer, so organizations add up to the city).
 * A media output counts in the Vietnam month it was published, for its organization and campaign
 * (media outputs have no commune).
 */
import type { EventData } from './events'
import { vietnamDate } from './period'

export const TALLY_SOURCES = ['events', 'media-outputs'] as const
export type TallySource = (typeof TALLY_SOURCES)[number]
export const TALLY_DIMENSIONS = ['commune', 'organization', 'campaign'] as const
export type TallyDimension = (typeof TALLY_DIMENSIONS)[number]

export type Id = number | string
type Counter = Record<string, number>

/** The sums of one bucket. Every field is additive, so buckets merge by adding. */
export type Tally = {
  events: number
  attendance: number
  women: number
  materialsHandedOut: number
  questions: number
  /** Σ satisfaction × attendance and Σ attendance over events that recorded satisfaction. */
  satisfactionPoints: number
  satisfactionBase: number
  newVoluntaryBhxh: number
  newHouseholdBhyt: number
  cost: number
  costBySource: Counter
  /** People reached per audience group id (the event's attendance by group). */
  reachByGroup: Counter
  eventsByKind: Counter
  reachByKind: Counter
  outputs: number
  /** Views plus estimated listeners/viewers of media outputs. */
  mediaReach: number
  shares: number
  comments: number
  outputsByChannel: Counter
  reachByChannel: Counter
  /** Outreach items per "audienceGroupId|topicId|channel" (event kind or media channel). */
  cells: Counter
}

export function emptyTally(): Tally {
  return {
    events: 0,
    attendance: 0,
    women: 0,
    materialsHandedOut: 0,
    questions: 0,
    satisfactionPoints: 0,
    satisfactionBase: 0,
    newVoluntaryBhxh: 0,
    newHouseholdBhyt: 0,
    cost: 0,
    costBySource: {},
    reachByGroup: {},
    eventsByKind: {},
    reachByKind: {},
    outputs: 0,
    mediaReach: 0,
    shares: 0,
    comments: 0,
    outputsByChannel: {},
    reachByChannel: {},
    cells: {},
  }
}

const add = (counter: Counter, key: string, n: number) => {
  if (n) counter[key] = (counter[key] ?? 0) + n
}
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)
const ids = (v: unknown): string[] =>
  Array.isArray(v) ? v.map((x) => String(x && typeof x === 'object' ? (x as { id: Id }).id : x)) : []

/** Sum of buckets (a period, a scope): counters merge key by key. */
export function mergeTallies(tallies: Iterable<Partial<Tally>>): Tally {
  const total = emptyTally()
  for (const t of tallies) addTally(total, t)
  return total
}

/** Adds `t` into `total` in place (a rebuild sums thousands of items into each bucket: no copies). */
export function addTally(total: Tally, t: Partial<Tally>): Tally {
  for (const [key, value] of Object.entries(t) as [keyof Tally, unknown][]) {
    if (typeof value === 'number') (total[key] as number) += value
    else if (value && typeof value === 'object') {
      for (const [k, n] of Object.entries(value as Counter)) add(total[key] as Counter, k, n)
    }
  }
  return total
}

export const HELD_STATUSES = ['held', 'reported'] as const

/** An event as the tally reads it: its results (see src/domain/events.ts) and its classification. */
export type TallyEvent = Omit<EventData, 'status'> & {
  status?: string | null
  kind?: string | null
  fundingSource?: string | null
  audienceGroups?: unknown[] | null
  topics?: unknown[] | null
}

/** What one event adds to its buckets (nothing unless it was held). */
export function eventTally(e: TallyEvent): Tally {
  const t = emptyTally()
  if (!HELD_STATUSES.includes(e.status as (typeof HELD_STATUSES)[number])) return t
  const attendance = num(e.attendance)
  const kind = e.kind ?? 'other'
  t.events = 1
  t.attendance = attendance
  t.women = num(e.women)
  t.materialsHandedOut = num(e.materialsHandedOut)
  t.questions = e.questionsRaised?.length ?? 0
  if (typeof e.satisfaction === 'number' && attendance > 0) {
    t.satisfactionPoints = e.satisfaction * attendance
    t.satisfactionBase = attendance
  }
  t.newVoluntaryBhxh = num(e.newVoluntaryBhxh)
  t.newHouseholdBhyt = num(e.newHouseholdBhyt)
  t.cost = num(e.actualCost)
  add(t.costBySource, e.fundingSource ?? 'unspecified', t.cost)
  for (const row of e.attendanceByGroup ?? []) {
    const group = ids([row.group])[0]
    if (group && group !== 'undefined' && group !== 'null') add(t.reachByGroup, group, num(row.count))
  }
  t.eventsByKind[kind] = 1
  add(t.reachByKind, kind, attendance)
  addCells(t.cells, ids(e.audienceGroups), ids(e.topics), kind)
  return t
}

export type TallyMediaOutput = {
  channel?: string | null
  views?: number | null
  audience?: number | null
  shares?: number | null
  comments?: number | null
  /** Audience groups and topics of the messages it carried. */
  audienceGroups?: unknown[] | null
  topics?: unknown[] | null
}

export function mediaTally(m: TallyMediaOutput): Tally {
  const t = emptyTally()
  const channel = m.channel ?? 'other'
  const reach = num(m.views) + num(m.audience)
  t.outputs = 1
  t.mediaReach = reach
  t.shares = num(m.shares)
  t.comments = num(m.comments)
  t.outputsByChannel[channel] = 1
  add(t.reachByChannel, channel, reach)
  addCells(t.cells, ids(m.audienceGroups), ids(m.topics), channel)
  return t
}

/** One count per audience group × topic the item spoke to, on its channel. */
function addCells(cells: Counter, groups: string[], topics: string[], channel: string) {
  for (const g of new Set(groups)) for (const t of new Set(topics)) add(cells, `${g}|${t}|${channel}`, 1)
}

/** "YYYY-MM" in Vietnam time. */
export function tallyMonth(date: string | Date): string {
  return vietnamDate(date).slice(0, 7)
}

/** A bucket's unique key, e.g. "events|commune|12|2027-03". */
export function bucketKey(source: TallySource, dimension: TallyDimension, key: Id, month: string): string {
  return `${source}|${dimension}|${key}|${month}`
}

export function parseBucketKey(bucket: string): { source: TallySource; dimension: TallyDimension; key: string; month: string } | null {
  const [source, dimension, key, month, extra] = bucket.split('|')
  if (extra !== undefined || !TALLY_SOURCES.includes(source as TallySource)) return null
  if (!TALLY_DIMENSIONS.includes(dimension as TallyDimension) || !key || !/^\d{4}-\d{2}$/.test(month ?? '')) return null
  return { source: source as TallySource, dimension: dimension as TallyDimension, key, month }
}

/** The buckets a document of a source belongs to (none without a date). */
export function bucketsOf(source: TallySource, doc: Record<string, unknown> | null | undefined): string[] {
  if (!doc) return []
  const date = (source === 'events' ? doc.startAt : doc.publishedOn) as string | undefined
  if (!date) return []
  const month = tallyMonth(date)
  const dims: [TallyDimension, unknown][] =
    source === 'events'
      ? [['commune', doc.locality], ['organization', doc.organization], ['campaign', doc.campaign]]
      : [['organization', doc.organization], ['campaign', doc.campaign]]
  return dims.flatMap(([dimension, value]) => {
    const id = ids([value])[0]
    return value === null || value === undefined || id === undefined ? [] : [bucketKey(source, dimension, id, month)]
  })
}

/** Every month from `first` to `last` ("YYYY-MM"), both included, in order. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = []
  let [y, m] = first.split('-').map(Number)
  const [ly, lm] = last.split('-').map(Number)
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`)
    if (++m > 12) [y, m] = [y + 1, 1]
  }
  return months
}

/**
 * Groups items into their buckets as they stream past: each item's tally is added to every bucket
 * it belongs to. Holds one bucket per key seen, so a rebuild feeds it one month at a time.
 */
export class BucketSums {
  readonly buckets = new Map<string, Tally>()
  add(keys: string[], t: Tally) {
    if (t.events === 0 && t.outputs === 0) return // not held: counts nowhere
    for (const key of keys) {
      const bucket = this.buckets.get(key)
      if (bucket) addTally(bucket, t)
      else this.buckets.set(key, addTally(emptyTally(), t))
    }
  }
}

/**
 * What a rebuild writes for one month: the buckets computed from the source rows (`computed`)
 * against those stored for it (`stored`, bucket → id). Stored buckets left without source rows go.
 */
export function planBucketWrites<T>(
  computed: Map<string, Tally>,
  stored: Map<string, T>,
): { create: [string, Tally][]; update: [T, string, Tally][]; remove: T[] } {
  const create: [string, Tally][] = []
  const update: [T, string, Tally][] = []
  for (const [bucket, tally] of computed) {
    const id = stored.get(bucket)
    if (id === undefined) create.push([bucket, tally])
    else update.push([id, bucket, tally])
  }
  const remove = [...stored].filter(([bucket]) => !computed.has(bucket)).map(([, id]) => id)
  return { create, update, remove }
}

/**
 * A stored row saying "the tallies are being rebuilt, or a rebuild stopped before its end": a
 * bucket no reader asks for (month 0000-00). Removed by the rebuild when it has written every month.
 */
export const REBUILD_MARKER = { bucket: 'rebuild', source: 'events', dimension: 'commune', key: 'rebuild', month: '0000-00' } as const
