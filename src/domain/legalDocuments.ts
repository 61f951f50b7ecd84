/** Legal documents that content cites, and when a change to one calls for a review of that content. */

export const LEGAL_DOCUMENT_KINDS = ['law', 'decree', 'resolution', 'decision', 'directive', 'plan', 'circular'] as const
export type LegalDocumentKind = (typeof LEGAL_DOCUMENT_KINDS)[number]

export const LEGAL_DOCUMENT_KIND_LABELS: Record<LegalDocumentKind, { vi: string; en: string }> = {
  law: { vi: 'Luật', en: 'Law' },
  decree: { vi: 'Nghị định', en: 'Decree' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  directive: { vi: 'Chỉ thị', en: 'Directive' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  circular: { vi: 'Thông tư', en: 'Circular' },
}

export const LEGAL_DOCUMENT_STATUSES = ['in_force', 'amended', 'replaced', 'expired'] as const
export type LegalDocumentStatus = (typeof LEGAL_DOCUMENT_STATUSES)[number]

export const LEGAL_DOCUMENT_STATUS_LABELS: Record<LegalDocumentStatus, { vi: string; en: string }> = {
  in_force: { vi: 'Còn hiệu lực', en: 'In force' },
  amended: { vi: 'Đã được sửa đổi, bổ sung', en: 'Amended' },
  replaced: { vi: 'Đã bị thay thế', en: 'Replaced' },
  expired: { vi: 'Hết hiệu lực', en: 'Expired' },
}

/**
 * Content citing a document must be reviewed when the document moves into amended, replaced or
 * expired (or between them: "amended" then "replaced" is news too).
 */
export function statusChangeCallsForReview(
  previous: LegalDocumentStatus | null | undefined,
  next: LegalDocumentStatus | null | undefined,
): boolean {
  return !!next && next !== 'in_force' && next !== previous
}

/** "Luật số 41/2024/QH15 … đã được sửa đổi, bổ sung": the reason shown on each flagged item. */
export function reviewReason(doc: { number: string; kind: LegalDocumentKind; status: LegalDocumentStatus }, on: Date): string {
  const date = on.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })
  return `${LEGAL_DOCUMENT_KIND_LABELS[doc.kind].vi} số ${doc.number} ${LEGAL_DOCUMENT_STATUS_LABELS[doc.status].vi.toLowerCase()} (cập nhật ngày ${date}): rà soát lại nội dung trích dẫn văn bản này.`
}
