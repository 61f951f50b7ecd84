import { highlight } from '../../../domain/search'

/** Text with the query's words marked, matched without accents ("bao hiem" marks "bảo hiểm"). */
export function Highlight({ text, query }: { text: string; query?: string }) {
  if (!query) return <>{text}</>
  return (
    <>
      {highlight(text, query).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  )
}
