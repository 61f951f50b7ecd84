import { describe, expect, it } from 'vitest'

import {
  changedContentFields,
  contentTransitionError,
  copyForNewVersion,
  isContentEditable,
  isWithinWindow,
  readinessError,
  supersedesError,
  type ContentActor,
} from '../../src/domain/contentWorkflow'
import { legalChangeEmail } from '../../src/domain/reviewEmail'
import { reviewReason, statusChangeCallsForReview } from '../../src/domain/legalDocuments'

const editor: ContentActor = { role: 'editor', wroteIt: true }
const reviewer: ContentActor = { role: 'reviewer', wroteIt: false }
const reviewerWhoEdited: ContentActor = { role: 'reviewer', wroteIt: true }
const admin: ContentActor = { role: 'admin', wroteIt: false }
const coordinator: ContentActor = { role: 'coordinator', wroteIt: false }

describe('content workflow', () => {
  it('new content starts as a draft or goes straight to review, never approved', () => {
    expect(contentTransitionError(null, 'draft', editor)).toBeNull()
    expect(contentTransitionError(null, 'in_review', editor)).toBeNull()
    expect(contentTransitionError(null, 'approved', reviewer)?.field).toBe('status')
    expect(contentTransitionError(null, 'approved', admin)?.field).toBe('status')
  })

  it('only reviewers approve or retire; editors, admins and coordinators cannot', () => {
    expect(contentTransitionError('in_review', 'approved', reviewer)).toBeNull()
    expect(contentTransitionError('approved', 'retired', reviewer)).toBeNull()
    for (const actor of [editor, admin, coordinator]) {
      expect(contentTransitionError('in_review', 'approved', actor)?.message).toMatch(/Chỉ người duyệt/)
      expect(contentTransitionError('approved', 'retired', actor)?.message).toMatch(/Chỉ người duyệt/)
    }
  })

  it('nobody approves what they wrote or last edited', () => {
    expect(contentTransitionError('in_review', 'approved', reviewerWhoEdited)?.message).toMatch(/tự duyệt/)
  })

  it('a reviewer returning an item to draft must give a reason; its author withdrawing need not', () => {
    expect(contentTransitionError('in_review', 'draft', reviewer)?.field).toBe('returnReason')
    expect(contentTransitionError('in_review', 'draft', reviewer, '  ')?.field).toBe('returnReason')
    expect(contentTransitionError('in_review', 'draft', reviewer, 'Sai mức hỗ trợ')).toBeNull()
    expect(contentTransitionError('in_review', 'draft', editor)).toBeNull()
  })

  it('approved and retired items do not go back: a new version is drafted instead', () => {
    expect(contentTransitionError('approved', 'draft', reviewer)?.message).toMatch(/phiên bản mới/)
    expect(contentTransitionError('retired', 'approved', reviewer)?.message).toMatch(/phiên bản mới/)
    expect(contentTransitionError('draft', 'approved', reviewer)?.field).toBe('status')
    expect(isContentEditable('draft')).toBe(true)
    for (const s of ['in_review', 'approved', 'retired'] as const) expect(isContentEditable(s)).toBe(false)
  })

  it('coordinators do not move content at all', () => {
    expect(contentTransitionError('draft', 'in_review', coordinator)?.field).toBe('status')
  })

  it('an item needs groups, topics and a legal basis before review', () => {
    const classified = { audienceGroups: [1], topics: [2] }
    expect(readinessError('in_review', { ...classified, legalBasis: [] })?.message).toMatch(/căn cứ pháp lý/)
    expect(readinessError('in_review', { ...classified, legalBasis: [{ document: 1 }] })).toBeNull()
    expect(readinessError('in_review', { legalBasis: [{ document: 1 }], topics: [2] })?.field).toBe('audienceGroups')
    expect(readinessError('approved', { legalBasis: [{ document: 1 }], audienceGroups: [1] })?.field).toBe('topics')
    expect(readinessError('draft', {})).toBeNull()
  })
})

describe('what counts as a content change', () => {
  const stored = {
    title: 'BHYT hộ gia đình',
    audienceGroups: [1, 2],
    legalBasis: [{ id: 'row1', document: 7, article: 'Điều 12' }],
    validUntil: null,
    status: 'approved',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }

  it('re-sending the stored values (as the admin form does) changes nothing', () => {
    const resent = {
      ...stored,
      audienceGroups: [{ id: 1, updatedAt: 'x' }, { id: 2, createdAt: 'y' }],
      legalBasis: [{ id: 'row1', document: '7', article: 'Điều 12' }],
      validUntil: '',
      status: 'retired',
    }
    expect(changedContentFields(resent, stored)).toEqual([])
  })

  it('a changed title, a dropped group or a new article is a change; workflow fields are not', () => {
    expect(changedContentFields({ title: 'Khác' }, stored)).toEqual(['title'])
    expect(changedContentFields({ audienceGroups: [1] }, stored)).toEqual(['audienceGroups'])
    expect(changedContentFields({ legalBasis: [{ document: 7, article: 'Điều 13' }] }, stored)).toEqual(['legalBasis'])
    expect(changedContentFields({ needsReview: false, reviewNote: null, status: 'retired' }, stored)).toEqual([])
  })

  it('a new version copies the content without workflow fields or row ids', () => {
    const copy = copyForNewVersion({ id: 5, ...stored, approvedBy: 3, needsReview: true })
    expect(copy).toEqual({
      title: 'BHYT hộ gia đình',
      audienceGroups: [1, 2],
      legalBasis: [{ document: 7, article: 'Điều 12' }],
      validUntil: null,
    })
  })
})

describe('validity windows', () => {
  const now = new Date('2026-06-01T00:00:00Z')
  it('open-ended windows are always open; bounds are inclusive at the start, exclusive at the end', () => {
    expect(isWithinWindow({}, now)).toBe(true)
    expect(isWithinWindow({ from: '2026-06-01T00:00:00Z' }, now)).toBe(true)
    expect(isWithinWindow({ from: '2026-06-02' }, now)).toBe(false)
    expect(isWithinWindow({ until: '2026-06-01T00:00:00Z' }, now)).toBe(false)
    expect(isWithinWindow({ until: '2026-12-31' }, now)).toBe(true)
  })
})

describe('legal changes', () => {
  it('moving into amended, replaced or expired calls for review; back to in force or no change does not', () => {
    expect(statusChangeCallsForReview('in_force', 'amended')).toBe(true)
    expect(statusChangeCallsForReview('amended', 'replaced')).toBe(true)
    expect(statusChangeCallsForReview(null, 'expired')).toBe(true)
    expect(statusChangeCallsForReview('amended', 'amended')).toBe(false)
    expect(statusChangeCallsForReview('expired', 'in_force')).toBe(false)
  })

  it('the reason and the email name the document and list every item with a link', () => {
    const reason = reviewReason({ number: '58/2014/QH13', kind: 'law', status: 'replaced' }, new Date('2026-07-01T03:00:00Z'))
    expect(reason).toBe(
      'Luật số 58/2014/QH13 đã bị thay thế (cập nhật ngày 1/7/2026): rà soát lại nội dung trích dẫn văn bản này.',
    )
    const mail = legalChangeEmail({
      documentNumber: '58/2014/QH13',
      reason,
      adminURL: 'http://loa.test/admin',
      items: [
        { collection: 'messages', id: 4, title: 'Đóng BHXH để có lương hưu' },
        { collection: 'questions', id: 9, title: 'Rút BHXH một lần có thiệt không?' },
      ],
    })
    expect(mail.subject).toBe('[Loa] Cần rà soát 2 nội dung do thay đổi văn bản 58/2014/QH13')
    expect(mail.text).toContain('1. Thông điệp: Đóng BHXH để có lương hưu')
    expect(mail.text).toContain('http://loa.test/admin/collections/questions/9')
  })
})

describe('publicationState', () => {
  const now = new Date('2026-06-01T00:00:00Z')
  it('drafts, reviews and retired items are never public; approved ones follow their window', async () => {
    const { publicationState } = await import('../../src/domain/contentWorkflow')
    expect(publicationState('draft', {}, now)).toBe('not_public')
    expect(publicationState('retired', {}, now)).toBe('not_public')
    expect(publicationState('approved', {}, now)).toBe('public')
    expect(publicationState('approved', { from: '2026-07-01' }, now)).toBe('scheduled')
    expect(publicationState('approved', { until: '2026-05-01' }, now)).toBe('expired')
  })
})

describe('what a version supersedes', () => {
  it('a write that leaves the field alone, or re-sends what it may hold, passes', () => {
    expect(supersedesError(undefined, null)).toBeNull()
    expect(supersedesError(undefined, 5)).toBeNull()
    expect(supersedesError(5, 5)).toBeNull()
    expect(supersedesError('5', 5)).toBeNull()
    expect(supersedesError({ id: 5, title: 'Bản cũ' }, 5)).toBeNull()
    expect(supersedesError(null, null)).toBeNull()
    expect(supersedesError('', null)).toBeNull()
  })

  it('any other item, or clearing or setting it by hand, is refused in Vietnamese', () => {
    expect(supersedesError(6, 5)).toMatch(/Tạo phiên bản mới/)
    expect(supersedesError(5, null)).toMatch(/không ai đặt hay đổi trường này bằng tay/)
    expect(supersedesError(null, 5)).toMatch(/Create a new version/)
  })
})
