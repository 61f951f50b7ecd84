type Ref = { document?: unknown; article?: string | null; id?: string | null }

/** "Căn cứ: Luật số 41/2024/QH15, Điều 98": the documents a text rests on. */
export function LegalBasis({ refs }: { refs?: Ref[] | null }) {
  const items = (refs ?? []).filter((r) => r.document && typeof r.document === 'object')
  if (!items.length) return null
  return (
    <section aria-label="Căn cứ pháp lý">
      <h2>Căn cứ pháp lý</h2>
      <ul>
        {items.map((r, i) => {
          const doc = r.document as { number: string; title: string; status?: string }
          return (
            <li key={r.id ?? i}>
              <strong>{doc.number}</strong> – {doc.title}
              {r.article ? `, ${r.article}` : ''}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
