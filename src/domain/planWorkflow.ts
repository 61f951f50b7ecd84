/**
 * The plan approval workflow (task V.1): draft → submitted → approved, or returned with a reason.
 * Plain functions so the rules are unit-tested apart from Payload.
 */
import type { Role } from './roles'

export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]

export const PLAN_STATUS_LABELS: Record<PlanStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Đã gửi duyệt', en: 'Submitted' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  returned: { vi: 'Trả lại', en: 'Returned' },
}

export type PlanActor = {
  role: Role
  /** The actor belongs to the organization that owns the plan. */
  ownsPlan: boolean
  /** The actor is the person who submitted the plan. */
  submittedIt: boolean
}

type Transition = `${PlanStatus}->${PlanStatus}`

/** Who may move a plan along each allowed edge: the owning organization or an approver. */
const EDGES: Partial<Record<Transition, 'owner' | 'approver'>> = {
  'draft->submitted': 'owner',
  'returned->submitted': 'owner',
  'returned->draft': 'owner',
  'submitted->draft': 'owner', // withdraw before a decision
  'submitted->approved': 'approver',
  'submitted->returned': 'approver',
}

const isApprover = (role: Role) => role === 'evaluator' || role === 'admin'

export type TransitionError = { field: 'status' | 'returnReason'; message: string }

/**
 * Why `actor` may not move a plan from `from` to `to` (and which field to blame), or null when
 * the move is allowed. A new plan starts as a draft, or submitted straight away by its owner.
 */
export function planTransitionError(
  from: PlanStatus | null,
  to: PlanStatus,
  actor: PlanActor,
  returnReason?: string | null,
): TransitionError | null {
  const status = (message: string): TransitionError => ({ field: 'status', message })
  if (from === to) return null
  if (from === null) {
    return to === 'draft' || to === 'submitted' || actor.role === 'admin'
      ? null
      : status('Kế hoạch mới phải ở trạng thái Dự thảo hoặc Gửi duyệt.')
  }
  const by = EDGES[`${from}->${to}`]
  if (!by) {
    // A status from the request may be no status at all: named as sent, not looked up.
    const name = (s: string) => PLAN_STATUS_LABELS[s as PlanStatus]?.vi ?? s
    return status(`Không thể chuyển kế hoạch từ "${name(from)}" sang "${name(to)}".`)
  }
  if (by === 'owner' && !(actor.ownsPlan || actor.role === 'admin')) {
    return status('Chỉ đơn vị chủ trì kế hoạch mới được thực hiện thao tác này.')
  }
  if (by === 'approver') {
    if (!isApprover(actor.role)) {
      return status('Chỉ Sở Nội vụ (cán bộ đánh giá) mới được phê duyệt hoặc trả lại kế hoạch.')
    }
    if (to === 'approved' && actor.submittedIt && actor.role !== 'admin') {
      return status('Không thể tự phê duyệt kế hoạch do chính mình gửi.')
    }
    if (to === 'returned' && !returnReason?.trim()) {
      return { field: 'returnReason', message: 'Cần nêu lý do trả lại kế hoạch.' }
    }
  }
  return null
}

/** Content may be edited only while the plan is with its owner (draft or returned). */
export function isPlanEditable(status: PlanStatus, role: Role): boolean {
  return role === 'admin' || status === 'draft' || status === 'returned'
}
