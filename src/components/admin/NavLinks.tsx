import type { ServerProps } from 'payload'

import { followsReporting } from '../../access/followsReporting'
import { asLoaUser, hasRole, roleOf } from '../../access/user'
import { isContentAuthor } from '../../domain/contentWorkflow'

/**
 * Links to Loa's own admin views at the end of the navigation: the dashboard for Sở Nội vụ, admins,
 * coordinators and BHXH thành phố's staff (who follow every report), the event calendar for every signed-in user, the review queue for the people who review, the figures import for Sở Nội vụ.
 */
export async function NavLinks({ user, i18n, payload }: ServerProps) {
  if (!asLoaUser(user)) return null
  const en = i18n?.language === 'en'
  const links = [
    ...(hasRole(user, 'evaluator', 'admin', 'coordinator') || (await followsReporting(payload, user)) ? [{ path: '/dashboard', label: en ? 'Monitoring & evaluation' : 'Theo dõi, đánh giá' }] : []),
    { path: '/calendar', label: en ? 'Event calendar' : 'Lịch sự kiện' },
    ...(isContentAuthor(roleOf(user)) ? [{ path: '/review-queue', label: en ? 'Review queue' : 'Cần duyệt, rà soát' }] : []),
    ...(hasRole(user, 'evaluator', 'admin') ? [{ path: '/import-figures', label: en ? 'Import figures' : 'Nhập số liệu tham gia' }] : []),
  ]
  return links.map((link) => (
    <a key={link.path} className="nav__link" href={`${payload.config.routes.admin}${link.path}`} style={{ display: 'block', padding: '0.25rem 0' }}>
      {link.label}
    </a>
  ))
}
