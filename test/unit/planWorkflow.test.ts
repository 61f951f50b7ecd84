import { describe, expect, it } from 'vitest'

import {
  isPlanEditable,
  PLAN_STATUSES,
  planTransitionError,
  type PlanActor,
  type PlanStatus,
} from '../../src/domain/planWorkflow'

const coordinator: PlanActor = { role: 'coordinator', ownsPlan: true, submittedIt: true }
const otherCoordinator: PlanActor = { role: 'coordinator', ownsPlan: false, submittedIt: false }
const evaluator: PlanActor = { role: 'evaluator', ownsPlan: false, submittedIt: false }
const admin: PlanActor = { role: 'admin', ownsPlan: false, submittedIt: false }

describe('a new plan', () => {
  it('a coordinator may create it as a draft or submit it straight away', () => {
    expect(planTransitionError(null, 'draft', coordinator)).toBeNull()
    expect(planTransitionError(null, 'submitted', coordinator)).toBeNull()
  })

  it('a coordinator cannot create a plan that is already approved or returned', () => {
    expect(planTransitionError(null, 'approved', coordinator)?.field).toBe('status')
    expect(planTransitionError(null, 'returned', coordinator)?.field).toBe('status')
  })

  it('an admin may create a plan in any status (e.g. importing an approved plan)', () => {
    expect(planTransitionError(null, 'approved', admin)).toBeNull()
  })
})

describe('allowed edges', () => {
  it('the owning organization submits, withdraws and reworks its own plan', () => {
    expect(planTransitionError('draft', 'submitted', coordinator)).toBeNull()
    expect(planTransitionError('submitted', 'draft', coordinator)).toBeNull()
    expect(planTransitionError('returned', 'submitted', coordinator)).toBeNull()
    expect(planTransitionError('returned', 'draft', coordinator)).toBeNull()
  })

  it('an evaluator approves a submitted plan', () => {
    expect(planTransitionError('submitted', 'approved', evaluator)).toBeNull()
  })

  it('an evaluator returns a submitted plan with a reason', () => {
    expect(planTransitionError('submitted', 'returned', evaluator, 'Thiếu kinh phí dự toán')).toBeNull()
  })

  it('saving without changing the status is always allowed', () => {
    expect(planTransitionError('approved', 'approved', otherCoordinator)).toBeNull()
  })
})

describe('forbidden edges', () => {
  const allowed = new Set([
    'draft->submitted',
    'returned->submitted',
    'returned->draft',
    'submitted->draft',
    'submitted->approved',
    'submitted->returned',
  ])
  const forbidden: [PlanStatus, PlanStatus][] = PLAN_STATUSES.flatMap((from) =>
    PLAN_STATUSES.filter((to) => to !== from && !allowed.has(`${from}->${to}`)).map(
      (to): [PlanStatus, PlanStatus] => [from, to],
    ),
  )

  it('there are exactly six forbidden moves between different statuses', () => {
    expect(forbidden).toHaveLength(6)
  })

  it.each(forbidden)('not even an admin may move a plan from %s to %s', (from, to) => {
    const error = planTransitionError(from, to, admin, 'lý do')
    expect(error?.field).toBe('status')
    expect(error?.message).toMatch(/^Không thể chuyển kế hoạch từ/)
  })

  it('the message names both statuses in Vietnamese', () => {
    expect(planTransitionError('approved', 'draft', admin)?.message).toBe(
      'Không thể chuyển kế hoạch từ "Đã phê duyệt" sang "Dự thảo".',
    )
  })
})

describe('who may move a plan', () => {
  it('a coordinator from another organization cannot submit or withdraw someone else’s plan', () => {
    expect(planTransitionError('draft', 'submitted', otherCoordinator)?.message).toMatch(/đơn vị chủ trì/)
    expect(planTransitionError('submitted', 'draft', otherCoordinator)?.field).toBe('status')
  })

  it('an evaluator cannot withdraw a plan they do not own', () => {
    expect(planTransitionError('submitted', 'draft', evaluator)?.field).toBe('status')
  })

  it('an admin may act for the owning organization', () => {
    expect(planTransitionError('draft', 'submitted', admin)).toBeNull()
  })

  it('a coordinator cannot approve their own organization’s plan', () => {
    expect(planTransitionError('submitted', 'approved', coordinator)?.message).toMatch(/Sở Nội vụ/)
  })

  it('a coordinator cannot return a plan either, even with a reason', () => {
    expect(planTransitionError('submitted', 'returned', otherCoordinator, 'lý do')?.field).toBe('status')
  })

  it('an evaluator cannot approve a plan they submitted themselves', () => {
    const selfSubmitter: PlanActor = { role: 'evaluator', ownsPlan: true, submittedIt: true }
    expect(planTransitionError('submitted', 'approved', selfSubmitter)?.message).toMatch(/tự phê duyệt/)
  })

  it('an admin may approve a plan they submitted', () => {
    const adminSubmitter: PlanActor = { role: 'admin', ownsPlan: true, submittedIt: true }
    expect(planTransitionError('submitted', 'approved', adminSubmitter)).toBeNull()
  })

  it('editors and reviewers are not approvers', () => {
    for (const role of ['editor', 'reviewer'] as const) {
      expect(planTransitionError('submitted', 'approved', { role, ownsPlan: false, submittedIt: false })).not.toBeNull()
    }
  })
})

describe('returning a plan needs a reason', () => {
  it('with no reason the error points at the returnReason field', () => {
    expect(planTransitionError('submitted', 'returned', evaluator)).toEqual({
      field: 'returnReason',
      message: 'Cần nêu lý do trả lại kế hoạch.',
    })
  })

  it('a reason of only spaces does not count', () => {
    expect(planTransitionError('submitted', 'returned', evaluator, '   \n ')?.field).toBe('returnReason')
    expect(planTransitionError('submitted', 'returned', admin, null)?.field).toBe('returnReason')
  })
})

describe('isPlanEditable', () => {
  it('a coordinator can edit a draft or returned plan but not one awaiting or past a decision', () => {
    expect(isPlanEditable('draft', 'coordinator')).toBe(true)
    expect(isPlanEditable('returned', 'coordinator')).toBe(true)
    expect(isPlanEditable('submitted', 'coordinator')).toBe(false)
    expect(isPlanEditable('approved', 'coordinator')).toBe(false)
  })

  it('an admin can edit a plan in any status', () => {
    expect(isPlanEditable('approved', 'admin')).toBe(true)
    expect(isPlanEditable('submitted', 'admin')).toBe(true)
  })
})
