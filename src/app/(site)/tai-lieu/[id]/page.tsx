import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { MATERIAL_KIND_LABELS, type MaterialKind } from '../../../../domain/materials'
import { materialById } from '../../../../lib/publicContent'
import { mediaURL } from '../../components/lists'
import { LegalBasis } from '../../components/LegalBasis'
import { ShareLinks } from '../../components/ShareLinks'

// Rendered when asked, never kept by Next: the proxy keeps the shared copy, and only for seconds.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }> }
type MediaDoc = { id: number | string; url?: string; filename?: string; mimeType?: string; alt?: string; filesize?: number }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = await materialById((await params).id)
  if (!m) return { title: 'Không tìm thấy' }
  // The social-share size (1200×630) is what Zalo and Facebook show.
  const image = mediaURL(m.cover, 'social')
  return {
    title: m.title,
    description: m.summary,
    openGraph: {
      title: m.title,
      description: m.summary,
      url: `/tai-lieu/${m.id}`,
      type: 'article',
      images: image ? [{ url: image, width: 1200, height: 630, alt: (m.cover as MediaDoc)?.alt ?? m.title }] : [],
    },
  }
}

export default async function MaterialPage({ params }: Props) {
  const m = await materialById((await params).id)
  if (!m) notFound()
  const preview = mediaURL(m.cover, 'card')
  const files = ((m.files ?? []) as unknown[]).filter((f): f is MediaDoc => !!f && typeof f === 'object')
  return (
    <main>
      <p className="meta">{MATERIAL_KIND_LABELS[m.kind as MaterialKind]?.vi}</p>
      <h1>{m.title}</h1>
      <p className="lead">{m.summary}</p>
      {preview ? <img src={preview} alt={(m.cover as MediaDoc)?.alt ?? ''} style={{ maxWidth: '100%' }} data-testid="preview" /> : null}
      {files.length ? (
        <section aria-label="Tải về">
          <h2>Tải về</h2>
          <ul>
            {files.map((f) => (
              <li key={f.id}>
                <a href={`/tai-lieu/${m.id}/tai-ve/${f.id}`} download>
                  {f.filename}
                </a>{' '}
                <span className="meta">{f.filesize ? `(${Math.ceil(f.filesize / 1024)} KB)` : ''}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {m.body ? <RichText data={m.body as never} /> : null}
      <LegalBasis refs={m.legalBasis as never} />
      <ShareLinks url={`${process.env.SERVER_URL || ''}/tai-lieu/${m.id}`} />
    </main>
  )
}
