/**
 * What the public site reads. Content is read as an anonymous visitor (overrideAccess: false, no
 * user), so the same rule that guards REST and GraphQL decides what is public: approved and
 * inside its window. Results are kept a few seconds in caches that content hooks and the
 * publishing job empty (src/lib/siteCache.ts); the window is checked again on every read so an
 * item that expired since the cache was filled is never shown.
 */
import config from '@payload-config'
import { getPayload, type Where } from 'payload'

import { isWithinWindow } from '../domain/contentWorkflow'
import { idProblem } from '../domain/requestChecks'
import { rankForAudience } from '../domain/search'
import { searchQuestions as searchQuestionsLive } from './questionSearch'
import { publicCache } from './siteCache'

const payload = () => getPayload({ config })
const asPublic = { overrideAccess: false, depth: 0 } as const
/** `fn` with its answers kept per arguments (at most `maxEntries` of them) for a few seconds. */
function cached<A extends unknown[], R>(fn: (...args: A) => Promise<R>, name: string, maxEntries = 200) {
  const cache = publicCache<R>(name, maxEntries)
  return (...args: A): Promise<R> => cache.get(JSON.stringify(args), () => fn(...args))
}

export type Group = { id: number | string; code: string; shortName: string; name: string; memberIds: string[] }
export type Named = { id: string; name: string; code?: string }

/**
 * The six audience groups with the ids of their sub-groups. Catalogues are the plan's own public
 * wording; they are read with the server's rights because the API keeps them for staff.
 */
export const audienceGroups = cached(async (): Promise<Group[]> => {
  const { docs } = await (await payload()).find({
    collection: 'audience-groups',
    depth: 0,
    pagination: false,
    sort: 'code',
    select: { code: true, shortName: true, name: true, parent: true },
  })
  const top = docs.filter((g) => !g.parent)
  return top.map((g) => ({
    id: g.id,
    code: g.code,
    shortName: g.shortName ?? g.name,
    name: g.name,
    memberIds: [String(g.id), ...docs.filter((c) => String(c.parent) === String(g.id)).map((c) => String(c.id))],
  }))
}, 'audience-groups')

export const topics = cached(async (): Promise<Named[]> => {
  const { docs } = await (await payload()).find({
    collection: 'topics',
    depth: 0,
    pagination: false,
    sort: 'code',
    select: { code: true, name: true },
  })
  return docs.map((t) => ({ id: String(t.id), name: t.name, code: t.code }))
}, 'topics')

type Windowed = { publishDate?: string | null; expiryDate?: string | null; validFrom?: string | null; validUntil?: string | null }
const stillPublic = <T extends Windowed>(items: T[], now = new Date()) =>
  items.filter(
    (i) =>
      isWithinWindow({ from: i.publishDate, until: i.expiryDate }, now) &&
      isWithinWindow({ from: i.validFrom, until: i.validUntil }, now),
  )

const forGroup = (memberIds: string[]): Where => ({ audienceGroups: { in: memberIds } })

const listForGroup = cached(async (memberIds: string[]) => {
  const p = await payload()
  const [messages, materials, questions] = await Promise.all([
    p.find({
      collection: 'messages',
      where: forGroup(memberIds),
      pagination: false,
      select: { title: true, short: true, audienceGroups: true, topics: true, approvedAt: true, validFrom: true, validUntil: true },
      ...asPublic,
    }),
    p.find({
      collection: 'materials',
      where: forGroup(memberIds),
      pagination: false,
      select: { title: true, kind: true, summary: true, cover: true, audienceGroups: true, approvedAt: true, publishDate: true, expiryDate: true },
      ...asPublic,
      depth: 1,
    }),
    p.find({
      collection: 'questions',
      where: forGroup(memberIds),
      pagination: false,
      select: { question: true, audienceGroups: true, topics: true, approvedAt: true },
      ...asPublic,
    }),
  ])
  return { messages: messages.docs, materials: materials.docs, questions: questions.docs }
}, 'content-for-group')

/** Approved messages, materials and Q&A for one of the six groups (and its sub-groups), most relevant first. */
export async function contentForAudience(group: Group) {
  const { messages, materials, questions } = await listForGroup(group.memberIds)
  return {
    messages: rankForAudience(stillPublic(messages), group.memberIds),
    materials: rankForAudience(stillPublic(materials), group.memberIds),
    questions: rankForAudience(questions, group.memberIds),
  }
}

/** The site's Q&A search (src/lib/questionSearch.ts), cached per query and filters. */
export const searchQuestions = cached(
  async (filters: { q: string; topic?: string }, memberIds: string[] = []) =>
    searchQuestionsLive(await payload(), { ...filters, limit: 50 }, memberIds),
  'search-questions',
)

/**
 * One published item with its legal basis and files, or null. Cached per id; the publication
 * window is checked again on every request.
 */
function publicById<C extends 'messages' | 'materials' | 'questions'>(collection: C) {
  const fetchOne = cached(async (id: string) => {
    const { docs } = await (await payload()).find({ collection, where: { id: { equals: id } }, limit: 1, ...asPublic, depth: 1 })
    return docs[0] ?? null
  }, collection)
  return async (id: string) => {
    // A malformed id in the address (/tai-lieu/abc) names no item: a 404, not the query guard's refusal (a 500 on a page).
    const p = await payload()
    if (idProblem(id, p.db.defaultIDType === 'number' ? 'number' : 'text') || id.includes('\0')) return null
    const doc = await fetchOne(id)
    return doc && stillPublic([doc as Windowed]).length ? doc : null
  }
}

export const questionById = publicById('questions')
export const messageById = publicById('messages')
export const materialById = publicById('materials')
