import type { ServerProps } from 'payload'

import { isContentAuthor } from '../../domain/contentWorkflow'
import { roleOf } from '../../access/user'

/** A link to the review queue at the end of the admin's navigation, for the people who use it. */
export function ReviewQueueLink({ user, i18n, payload }: ServerProps) {
  if (!isContentAuthor(roleOf(user))) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/review-queue`} style={{ display: 'block', padding: '0.25rem 0' }}>
      {i18n?.language === 'en' ? 'Review queue' : 'Cần duyệt, rà soát'}
    </a>
  )
}
