/**
 * The review workflow shared by messages, materials and Q&A (plan task V.3: one set of accurate
 * messages issued by the competent body). draft → in review → approved → retired, or returned
 * to draft with a reason. Plain functions so the rules are unit-tested apart from Payload.
 */
import { relationId, type Id } from './relations'
import type { Role } from './roles'

export const CONTENT_STATUSES = ['draft', 'in_review', 'approved', 'retired'] as const
export type ContentStatus = (typeof CONTENT_STATUSES)[number]

export const CONTENT_STATUS_LABELS: Record<ContentStatus, { vi: string; en: string }> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  in_review: { vi: 'Chờ duyệt', en: 'In review' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  retired: { vi: 'Ngừng sử dụng', en: 'Retired' },
}

/** Communications staff write content; reviewers (BHXH thành phố) may write too but never approve their own. */
export const CONTENT_AUTHOR_ROLES: readonly Role[] = ['admin', 'editor', 'reviewer']
export const isContentAuthor = (role: Role | null | undefined) => !!role && CONTENT_AUTHOR_ROLES.includes(role)

export type ContentActor = {
  role: Role
  /** The actor created the item, or was the last to change its content (this write included). */
  wroteIt: boolean
}

type Edge = `${ContentStatus}->${ContentStatus}`

/** Who may move an item along each allowed edge. */
const EDGES: Partial<Record<Edge, 'author' | 'reviewer'>> = {
  'draft->in_review': 'author',
  'in_review->draft': 'author', // withdrawn by its author, or returned by a reviewer with a reason
  'in_review->approved': 'reviewer',
  'approved->retired': 'reviewer',
}

export type ContentTransitionError = { field: 'status' | 'returnReason' | 'audienceGroups' | 'topics'; message: string }

/**
 * Why `actor` may not move an item from `from` to `to`, or null when allowed. A new item starts
 * as a draft or goes straight to review. Only reviewers approve or retire, and nobody approves
 * what they wrote or last edited. A reviewer sending an item back to draft must say why.
 */
export function contentTransitionError(
  from: ContentStatus | null,
  to: ContentStatus,
  actor: ContentActor,
  returnReason?: string | null,
): ContentTransitionError | null {
  const status = (message: string): ContentTransitionError => ({ field: 'status', message })
  if (from === to) return null
  if (from === null) {
    return to === 'draft' || to === 'in_review'
      ? null
      : status('Nội dung mới phải ở trạng thái Bản nháp hoặc Chờ duyệt; chỉ người duyệt mới được duyệt.')
  }
  const by = EDGES[`${from}->${to}`]
  if (!by) {
    const hint =
      from === 'approved' || from === 'retired' ? ' Hãy tạo phiên bản mới (Create a new version).' : ''
    return status(
      `Không thể chuyển từ "${CONTENT_STATUS_LABELS[from].vi}" sang "${CONTENT_STATUS_LABELS[to].vi}".${hint}`,
    )
  }
  if (by === 'author' && !isContentAuthor(actor.role)) {
    return status('Chỉ cán bộ truyền thông hoặc người duyệt mới được thao tác với nội dung này.')
  }
  if (by === 'reviewer') {
    if (actor.role !== 'reviewer') {
      return status('Chỉ người duyệt nội dung (BHXH thành phố) mới được duyệt hoặc ngừng sử dụng nội dung.')
    }
    if (to === 'approved' && actor.wroteIt) {
      return status('Không thể tự duyệt nội dung do chính mình soạn hoặc sửa lần cuối.')
    }
  }
  if (from === 'in_review' && to === 'draft' && actor.role === 'reviewer' && !actor.wroteIt && !returnReason?.trim()) {
    return { field: 'returnReason', message: 'Cần nêu lý do trả lại bản nháp.' }
  }
  return null
}

/** What an item needs before it goes to review (and so before it can be approved). */
export function readinessError(
  to: ContentStatus,
  item: { legalBasis?: unknown[] | null; audienceGroups?: unknown[] | null; topics?: unknown[] | null },
): ContentTransitionError | null {
  if (to !== 'in_review' && to !== 'approved') return null
  if (!(item.audienceGroups?.length ?? 0)) return { field: 'audienceGroups', message: 'Cần chọn nhóm đối tượng trước khi gửi duyệt.' }
  if (!(item.topics?.length ?? 0)) return { field: 'topics', message: 'Cần chọn chủ đề trước khi gửi duyệt.' }
  if (!(item.legalBasis?.length ?? 0)) {
    return { field: 'status', message: 'Cần nêu ít nhất một căn cứ pháp lý trước khi gửi duyệt.' }
  }
  return null
}

/** Content can be changed only while it is a draft: approved items get a new version instead. */
export function isContentEditable(status: ContentStatus | null | undefined): boolean {
  return (status ?? 'draft') === 'draft'
}

/** Fields the workflow itself writes; everything else is content and locked outside drafts. */
export const WORKFLOW_FIELDS = [
  'id',
  'status',
  'returnReason',
  'needsReview',
  'reviewNote',
  'createdBy',
  'lastEditedBy',
  'submittedAt',
  'approvedBy',
  'approvedAt',
  'retiredAt',
  'supersedes',
  'downloadCount',
  'searchText',
  'publication',
  'createdAt',
  'updatedAt',
] as const

/** Ids for relationships, nothing for absent values: what a stored value and a re-sent one have in common. */
function comparable(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(comparable)
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>
    // A populated relationship (or upload) compares by id; array rows and rich text by content.
    if ('id' in obj && ('createdAt' in obj || 'updatedAt' in obj)) return String(obj.id)
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(obj).sort()) {
      if (key === 'id') continue
      const v = comparable(obj[key])
      if (v !== null) out[key] = v
    }
    return Object.keys(out).length ? out : null
  }
  if (typeof value === 'number') return String(value)
  return value
}

/** Names of the fields that `incoming` would change on `stored`, `skip` aside (fields absent from `incoming` are kept). */
export function changedFields(
  incoming: Record<string, unknown>,
  stored: Record<string, unknown>,
  skip: Iterable<string> = [],
): string[] {
  const skipped = new Set<string>(skip)
  return Object.keys(incoming).filter(
    (key) => !skipped.has(key) && JSON.stringify(comparable(incoming[key])) !== JSON.stringify(comparable(stored[key])),
  )
}

/** Names of content fields that `incoming` would change on `stored` (fields absent from `incoming` are kept). */
export function changedContentFields(
  incoming: Record<string, unknown>,
  stored: Record<string, unknown>,
): string[] {
  return changedFields(incoming, stored, WORKFLOW_FIELDS)
}

export type PublicWindow = { from?: string | Date | null; until?: string | Date | null }

/** Whether an approved item is inside its validity (or publish/expiry) window at `now`. */
export function isWithinWindow({ from, until }: PublicWindow, now: Date = new Date()): boolean {
  if (from && new Date(from).getTime() > now.getTime()) return false
  if (until && new Date(until).getTime() <= now.getTime()) return false
  return true
}

/**
 * The content of an approved item, ready to be saved as the draft of its next version: workflow
 * fields dropped, array rows without their ids (the copy gets rows of its own).
 */
export function copyForNewVersion(doc: Record<string, unknown>): Record<string, unknown> {
  const skip = new Set<string>(WORKFLOW_FIELDS)
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(doc)) {
    if (skip.has(key)) continue
    copy[key] = Array.isArray(value)
      ? value.map((row) => {
          if (!row || typeof row !== 'object') return row
          const { id: _id, ...rest } = row as Record<string, unknown>
          return rest
        })
      : value
  }
  return copy
}

export const SUPERSEDES_SET_BY_HAND =
  'Chỉ nút "Tạo phiên bản mới" ghi nội dung mà phiên bản này thay thế, và đó luôn là nội dung nó được tạo từ; ' +
  'không ai đặt hay đổi trường này bằng tay. (Only "Create a new version" sets what a version replaces: the item it was made from.)'

/**
 * Why a write may not give `supersedes` the value `sent`, or null. `sent` is undefined when the
 * write leaves the field alone. `allowed` is the only value it may hold: on create, the item
 * "new version" is copying (null for any other create, a duplicate included); on update, the
 * value already stored — approving a version retires what it supersedes, so pointing it at any
 * other item would retire that one.
 */
export function supersedesError(sent: unknown, allowed: Id | null): string | null {
  if (sent === undefined) return null
  const id = relationId(sent)
  const same = id === null || id === '' ? allowed === null : allowed !== null && String(id) === String(allowed)
  return same ? null : SUPERSEDES_SET_BY_HAND
}

export const PUBLICATION_STATES = ['not_public', 'scheduled', 'public', 'expired'] as const
export type PublicationState = (typeof PUBLICATION_STATES)[number]

export const PUBLICATION_STATE_LABELS: Record<PublicationState, { vi: string; en: string }> = {
  not_public: { vi: 'Chưa công khai', en: 'Not public' },
  scheduled: { vi: 'Đã lên lịch đăng', en: 'Scheduled' },
  public: { vi: 'Đang công khai', en: 'Public' },
  expired: { vi: 'Đã hết hạn', en: 'Expired' },
}

/** Where an item stands for the public at `now`: only approved items are ever public. */
export function publicationState(status: ContentStatus | null | undefined, window: PublicWindow, now: Date = new Date()): PublicationState {
  if (status !== 'approved') return 'not_public'
  if (window.from && new Date(window.from).getTime() > now.getTime()) return 'scheduled'
  if (window.until && new Date(window.until).getTime() <= now.getTime()) return 'expired'
  return 'public'
}
