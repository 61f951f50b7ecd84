import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { messageById } from '../../../../lib/publicContent'
import { LegalBasis } from '../../components/LegalBasis'
import { ShareLinks } from '../../components/ShareLinks'

// Rendered when asked, never kept by Next: the proxy keeps the shared copy, and only for seconds.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = await messageById((await params).id)
  if (!m) return { title: 'Không tìm thấy' }
  return { title: m.title, description: m.short, openGraph: { title: m.title, description: m.short, url: `/thong-diep/${m.id}` } }
}

export default async function MessagePage({ params }: Props) {
  const m = await messageById((await params).id)
  if (!m) notFound()
  return (
    <main>
      <p className="meta">Thông điệp chuẩn hóa</p>
      <h1>{m.title}</h1>
      <p className="short" data-testid="short">{m.short}</p>
      {m.body ? <RichText data={m.body as never} /> : null}
      <LegalBasis refs={m.legalBasis as never} />
      <ShareLinks url={`${process.env.SERVER_URL || ''}/thong-diep/${m.id}`} />
    </main>
  )
}
