import type { AdminViewServerProps } from 'payload'

import { redirect } from 'next/navigation'

import { asLoaUser } from '../../access/user'
import { CONTENT_STATUS_LABELS } from '../../domain/contentWorkflow'
import { orderQueue, type QueueItem } from '../../domain/reviewQueue'
import { AdminPage } from './AdminPage'

const SOURCES = [
  { collection: 'messages', title: 'title', kind: { vi: 'Thông điệp', en: 'Message' } },
  { collection: 'materials', title: 'title', kind: { vi: 'Tài liệu', en: 'Material' } },
  { collection: 'questions', title: 'question', kind: { vi: 'Hỏi – đáp', en: 'Q&A' } },
] as const

/**
 * /admin/review-queue: every item waiting for a reviewer, and every approved item a legal change
 * flagged "needs review", in one list. Read as the logged-in user (access rules apply).
 */
export async function ReviewQueue(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  if (!asLoaUser(req.user)) redirect(`${req.payload.config.routes.admin}/login`)
  const en = req.i18n.language === 'en'
  const t = (l: { vi: string; en: string }) => (en ? l.en : l.vi)

  const items: (QueueItem & { kind: string })[] = []
  for (const source of SOURCES) {
    const { docs } = await req.payload.find({
      collection: source.collection,
      where: { or: [{ status: { equals: 'in_review' } }, { needsReview: { equals: true } }] },
      depth: 0,
      pagination: false,
      select: { [source.title]: true, status: true, needsReview: true, reviewNote: true, updatedAt: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      items.push({
        collection: source.collection,
        id: doc.id as number | string,
        title: String(doc[source.title] ?? ''),
        status: doc.status as QueueItem['status'],
        needsReview: Boolean(doc.needsReview),
        reviewNote: doc.reviewNote as string | null,
        updatedAt: String(doc.updatedAt),
        kind: t(source.kind),
      })
    }
  }
  const ordered = orderQueue(items) as typeof items
  const admin = req.payload.config.routes.admin

  return (
    <AdminPage view={view} title={en ? 'Review queue' : 'Danh sách cần duyệt, rà soát'}>
      <p style={{ marginBottom: '1.5rem', maxWidth: '60rem' }}>
        {en
          ? 'Approved items whose legal basis changed come first: they are public and may now be wrong. Then items waiting for approval, oldest first.'
          : 'Nội dung đã duyệt có căn cứ pháp lý thay đổi được xếp trước (đang công khai, có thể đã không còn đúng); sau đó là nội dung chờ duyệt, cũ nhất trước.'}
      </p>
      {ordered.length === 0 ? (
        <p data-testid="review-queue-empty">{en ? 'Nothing to review.' : 'Không có nội dung nào cần duyệt hoặc rà soát.'}</p>
      ) : (
        <table className="table" data-testid="review-queue" style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr style={{ textAlign: 'left' }}>
              <th>{en ? 'Kind' : 'Loại'}</th>
              <th>{en ? 'Title' : 'Tiêu đề'}</th>
              <th>{en ? 'Status' : 'Trạng thái'}</th>
              <th>{en ? 'Why' : 'Lý do'}</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((item) => (
              <tr key={`${item.collection}-${item.id}`} style={{ borderTop: '1px solid var(--theme-elevation-150)' }}>
                <td style={{ padding: '0.5rem 0.5rem 0.5rem 0' }}>{item.kind}</td>
                <td style={{ padding: '0.5rem 0.5rem 0.5rem 0' }}>
                  <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                </td>
                <td style={{ padding: '0.5rem 0.5rem 0.5rem 0' }}>{t(CONTENT_STATUS_LABELS[item.status])}</td>
                <td style={{ padding: '0.5rem 0' }}>
                  {item.needsReview ? item.reviewNote || (en ? 'Needs review' : 'Cần rà soát lại') : en ? 'Waiting for approval' : 'Chờ duyệt'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminPage>
  )
}
