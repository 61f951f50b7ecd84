import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { plainText } from '../../../../lib/richText'
import { questionById } from '../../../../lib/publicContent'
import { LegalBasis } from '../../components/LegalBasis'
import { ShareLinks } from '../../components/ShareLinks'

// Rendered when asked, never kept by Next: the proxy keeps the shared copy, and only for seconds.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const q = await questionById((await params).id)
  if (!q) return { title: 'Không tìm thấy' }
  const description = plainText(q.answer).slice(0, 200)
  return { title: q.question, description, openGraph: { title: q.question, description, url: `/hoi-dap/${q.id}`, type: 'article' } }
}

export default async function QuestionPage({ params }: Props) {
  const q = await questionById((await params).id)
  if (!q) notFound()
  return (
    <main>
      <p className="meta">
        <a href="/hoi-dap">← Hỏi – đáp</a>
      </p>
      <h1>{q.question}</h1>
      {q.answer ? <RichText data={q.answer as never} /> : null}
      <LegalBasis refs={q.legalBasis as never} />
      <ShareLinks url={`${process.env.SERVER_URL || ''}/hoi-dap/${q.id}`} />
    </main>
  )
}
