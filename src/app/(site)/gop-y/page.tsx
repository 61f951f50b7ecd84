import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import { audienceGroups, topics } from '../../../lib/publicContent'
import { FeedbackForm } from './FeedbackForm'

export const metadata: Metadata = { title: 'Gửi câu hỏi, góp ý về BHXH, BHYT' }

// Read from the database when asked, never at build time (a fresh clone has no database yet).
export const dynamic = 'force-dynamic'

/** The public feedback form: a question, complaint or suggestion, contact details only with consent. */
export default async function FeedbackPage() {
  const payload = await getPayload({ config })
  // The commune list is public reference data (the plan names every commune).
  const { docs: communes } = await payload.find({
    collection: 'localities',
    depth: 0,
    pagination: false,
    sort: 'name',
    select: { name: true },
  })
  const [groups, allTopics] = await Promise.all([audienceGroups(), topics()])
  return (
    <main>
      <h1>Gửi câu hỏi, góp ý về BHXH, BHYT</h1>
      <p className="lead">
        Cơ quan BHXH và chính quyền địa phương sẽ trả lời. Nếu muốn được trả lời riêng, hãy để lại số điện thoại hoặc email và
        đánh dấu đồng ý.
      </p>
      <FeedbackForm
        communes={communes.map((c) => ({ id: String(c.id), name: c.name }))}
        groups={groups.map((g) => ({ id: String(g.id), name: g.shortName }))}
        topics={allTopics.filter((t) => t.code?.startsWith('CS')).map((t) => ({ id: t.id, name: t.name }))}
      />
    </main>
  )
}
