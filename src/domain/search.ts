/**
 * Accent-insensitive Q&A search: query terms, ranking and highlighting. Matching is on folded
 * text (foldForSearch), so "bao hiem xa hoi tu nguyen" finds "bảo hiểm xã hội tự nguyện";
 * highlights are mapped back onto the original, accented text.
 */
import { foldForSearch } from './text'

/** Words people type that say nothing about the subject ("là", "có", "không" stay: they matter in questions). */
const STOP_WORDS = new Set(['va', 'cua', 'thi', 'ma', 'o', 'voi', 'cho', 'nhu', 'the', 'nao'])

/** The distinct folded terms of a query, longest first (the most selective ones go into the database query). */
export function queryTerms(query: string, max = 8): string[] {
  const words = foldForSearch(query).split(' ').filter(Boolean)
  const useful = words.filter((w) => !STOP_WORDS.has(w))
  const terms = [...new Set(useful.length ? useful : words)]
  return terms.sort((a, b) => b.length - a.length).slice(0, max)
}

export type Rankable = { question: string; searchText?: string | null; approvedAt?: string | null }

/**
 * Higher is better: the whole phrase in the question, then every term in the question, then
 * terms found only in the answer; whole words count more than parts of words. Ties go to the
 * newer answer.
 */
export function scoreQuestion(item: Rankable, query: string): number {
  const terms = queryTerms(query)
  if (!terms.length) return 0
  const phrase = foldForSearch(query)
  const question = ` ${foldForSearch(item.question)} `
  const all = ` ${item.searchText ?? foldForSearch(item.question)} `
  let score = 0
  if (phrase && question.includes(` ${phrase} `)) score += 100
  else if (phrase && question.includes(phrase)) score += 60
  else if (phrase && all.includes(phrase)) score += 30
  for (const term of terms) {
    if (question.includes(` ${term} `)) score += 10
    else if (question.includes(term)) score += 6
    else if (all.includes(` ${term} `)) score += 3
    else if (all.includes(term)) score += 1
  }
  return score
}

export function rankQuestions<T extends Rankable>(items: T[], query: string): T[] {
  const scored = items.map((item) => ({ item, score: scoreQuestion(item, query) }))
  scored.sort((a, b) => b.score - a.score || String(b.item.approvedAt ?? '').localeCompare(String(a.item.approvedAt ?? '')))
  return scored.map((s) => s.item)
}

export type Segment = { text: string; match: boolean }

/**
 * Split `text` into plain and matching segments for the query's terms, comparing folded forms
 * but returning the original characters: "Bảo hiểm" is highlighted for "bao hiem".
 */
export function highlight(text: string, query: string): Segment[] {
  const terms = queryTerms(query, 16)
  const source = text.normalize('NFC')
  if (!terms.length || !source) return [{ text: source, match: false }]
  // Fold character by character, remembering which original character each folded one came from.
  const chars = [...source]
  let folded = ''
  const origin: number[] = []
  chars.forEach((ch, i) => {
    const f = foldForSearch(ch) || (/\s/.test(ch) ? ' ' : '')
    for (const c of f.length ? f : ' ') {
      folded += c
      origin.push(i)
    }
  })
  const marked = new Array<boolean>(chars.length).fill(false)
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      for (let k = at; k < at + term.length; k++) marked[origin[k]] = true
    }
  }
  // Adjacent matched words read as one phrase: mark the spaces between them too.
  for (let i = 1; i < chars.length - 1; i++) {
    if (marked[i] || !/\s/.test(chars[i])) continue
    let j = i
    while (j < chars.length && /\s/.test(chars[j])) j++
    if (marked[i - 1] && marked[j]) for (let k = i; k < j; k++) marked[k] = true
  }
  const segments: Segment[] = []
  chars.forEach((ch, i) => {
    const last = segments[segments.length - 1]
    if (last && last.match === marked[i]) last.text += ch
    else segments.push({ text: ch, match: marked[i] })
  })
  return segments
}

/** The member ids an item speaks to, as strings. */
const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((v) => String(v && typeof v === 'object' ? (v as { id: unknown }).id : v)) : []

/**
 * Most relevant first: items written for this group alone before items addressed to many groups,
 * newest first among equals.
 */
export function rankForAudience<T extends { audienceGroups?: unknown; approvedAt?: string | null; updatedAt?: string }>(
  items: T[],
  memberIds: string[],
): T[] {
  const specificity = (i: T) => {
    const ids = idsOf(i.audienceGroups)
    return ids.filter((id) => memberIds.includes(id)).length / Math.max(ids.length, 1)
  }
  return [...items].sort(
    (a, b) =>
      specificity(b) - specificity(a) ||
      String(b.approvedAt ?? b.updatedAt ?? '').localeCompare(String(a.approvedAt ?? a.updatedAt ?? '')),
  )
}
