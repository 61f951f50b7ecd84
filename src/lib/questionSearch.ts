/**
 * Q&A search over Payload's Local API, as an anonymous visitor: every folded query term must occur
 * in the folded question and answer (`like` is a substring match on every adapter), then the
 * candidates are ranked. Used by the site (cached) and by GET /api/questions/search (not cached).
 */
import type { Payload, Where } from 'payload'

import { queryTerms, rankQuestions } from '../domain/search'

export type SearchFilters = { q: string; topic?: string; limit?: number }

/** Candidates fetched per search before ranking: plenty for a page of results, cheap to rank. */
const CANDIDATES = 200

export async function searchQuestions(payload: Payload, { q, topic, limit = 20 }: SearchFilters, groupMemberIds: string[] = []) {
  const terms = queryTerms(q)
  const and: Where[] = terms.map((term) => ({ searchText: { like: term } }))
  if (groupMemberIds.length) and.push({ audienceGroups: { in: groupMemberIds } })
  if (topic) and.push({ topics: { in: [topic] } })
  // No count query (pagination: false): one pass over the table instead of two. Past CANDIDATES
  // matches the total reads "200+", which is all a reader needs.
  const { docs } = await payload.find({
    collection: 'questions',
    where: and.length ? { and } : undefined,
    pagination: false,
    limit: CANDIDATES + 1,
    sort: '-approvedAt',
    select: { question: true, searchText: true, audienceGroups: true, topics: true, approvedAt: true },
    overrideAccess: false,
    depth: 0,
  })
  const more = docs.length > CANDIDATES
  const candidates = docs.slice(0, CANDIDATES)
  const ranked = terms.length ? rankQuestions(candidates, q) : candidates
  return { total: candidates.length, more, results: ranked.slice(0, limit).map(({ searchText: _s, ...rest }) => rest) }
}
