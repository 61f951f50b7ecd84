import { serverURL } from '@payload-config'

import { MATERIAL_KIND_LABELS, type MaterialKind } from '../../../domain/materials'
import { sitePath } from '../../../domain/publicPages'

type Doc = Record<string, unknown> & { id: number | string }

export function MessageList({ items }: { items: Doc[] }) {
  return (
    <ul className="cards" data-testid="messages">
      {items.map((m) => (
        <li key={m.id}>
          <a href={`/thong-diep/${m.id}`}>
            <strong>{String(m.title)}</strong>
          </a>
          <div>{String(m.short)}</div>
        </li>
      ))}
    </ul>
  )
}

/**
 * A media document's URL for one of its generated sizes, falling back to the original; a path on
 * this site, so the image loads whatever host name the page was opened through (metadata makes
 * it absolute again from metadataBase where an absolute URL is needed, e.g. og:image).
 */
export function mediaURL(media: unknown, size?: 'thumbnail' | 'card' | 'social' | 'print'): string | null {
  if (!media || typeof media !== 'object') return null
  const m = media as { url?: string | null; sizes?: Record<string, { url?: string | null } | undefined> }
  const url = (size && m.sizes?.[size]?.url) || m.url
  return url ? sitePath(url, serverURL) : null
}

export function MaterialList({ items }: { items: Doc[] }) {
  return (
    <ul className="cards" data-testid="materials">
      {items.map((m) => {
        const cover = mediaURL(m.cover, 'card')
        return (
          <li key={m.id}>
            {cover ? <img src={cover} alt={String((m.cover as { alt?: string })?.alt ?? '')} loading="lazy" /> : null}
            <a href={`/tai-lieu/${m.id}`}>
              <strong>{String(m.title)}</strong>
            </a>
            <div className="meta">{MATERIAL_KIND_LABELS[m.kind as MaterialKind]?.vi}</div>
            <div>{String(m.summary ?? '')}</div>
          </li>
        )
      })}
    </ul>
  )
}

export function QuestionList({ items }: { items: Doc[] }) {
  return (
    <ul className="cards" data-testid="questions">
      {items.map((q) => (
        <li key={q.id}>
          <a href={`/hoi-dap/${q.id}`}>{String(q.question)}</a>
        </li>
      ))}
    </ul>
  )
}
