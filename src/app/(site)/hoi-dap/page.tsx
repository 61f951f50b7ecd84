import type { Metadata } from 'next'
import { headers } from 'next/headers'

import { audienceGroups, searchQuestions, topics } from '../../../lib/publicContent'
import { Highlight } from '../components/Highlight'
import { SEARCH_LIMIT_MESSAGE, searchLimit } from '../../../lib/rateLimit'

export const metadata: Metadata = { title: 'Hỏi – đáp BHXH, BHYT' }

type Params = { q?: string; nhom?: string; 'chu-de'?: string }

/** Q&A search: type with or without accents; filter by audience group and topic. */
export default async function QuestionsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams
  const q = (params.q ?? '').slice(0, 200)
  const [groups, allTopics] = await Promise.all([audienceGroups(), topics()])
  const group = groups.find((g) => g.code === params.nhom)
  const topic = allTopics.find((t) => t.code === params['chu-de'])
  // Only a real search counts against the client's budget (opening the page does not).
  const wait = q || group || topic ? await searchLimit(await headers()) : null
  const { results, total, more } = wait === null ? await searchQuestions({ q, topic: topic?.id }, group?.memberIds ?? []) : { results: [], total: 0, more: false }

  return (
    <main>
      <h1>Hỏi – đáp BHXH, BHYT</h1>
      <form className="search" action="/hoi-dap" method="get" role="search">
        <input
          type="search"
          name="q"
          defaultValue={q}
          placeholder="Ví dụ: bao hiem xa hoi tu nguyen"
          aria-label="Câu hỏi cần tìm"
          maxLength={200}
        />
        <select name="nhom" defaultValue={group?.code ?? ''} aria-label="Nhóm đối tượng">
          <option value="">Mọi đối tượng</option>
          {groups.map((g) => (
            <option key={g.id} value={g.code}>
              {g.shortName}
            </option>
          ))}
        </select>
        <select name="chu-de" defaultValue={topic?.code ?? ''} aria-label="Chủ đề">
          <option value="">Mọi chủ đề</option>
          {allTopics.map((t) => (
            <option key={t.id} value={t.code}>
              {t.name}
            </option>
          ))}
        </select>
        <button type="submit">Tìm</button>
      </form>
      <p className="meta" data-testid="result-count">
        {`${total}${more ? '+' : ''} câu hỏi${q ? ` phù hợp với “${q}”` : ''}`}
      </p>
      <ol className="cards" data-testid="results">
        {results.map((r) => (
          <li key={r.id}>
            <a href={`/hoi-dap/${r.id}`}>
              <Highlight text={String(r.question)} query={q} />
            </a>
          </li>
        ))}
      </ol>
      {wait !== null ? (
        <p role="alert" data-testid="search-limited">
          {SEARCH_LIMIT_MESSAGE(wait)}
        </p>
      ) : null}
      {q && total === 0 && wait === null ? <p>Không tìm thấy câu hỏi phù hợp. Hãy thử từ khóa ngắn hơn, ví dụ “rút một lần”, “VssID”.</p> : null}
    </main>
  )
}
