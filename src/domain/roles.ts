/** The five roles of Loa. One per user; see docs/access.md. */
export const ROLES = ['admin', 'editor', 'reviewer', 'coordinator', 'evaluator'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  editor: { vi: 'Cán bộ truyền thông (biên tập)', en: 'Editor (communications staff)' },
  reviewer: { vi: 'Người duyệt nội dung (BHXH thành phố)', en: 'Reviewer (city Social Security)' },
  coordinator: { vi: 'Điều phối viên đơn vị', en: 'Coordinator (one organization)' },
  evaluator: { vi: 'Cán bộ đánh giá (Sở Nội vụ)', en: 'Evaluator (Department of Home Affairs)' },
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}
