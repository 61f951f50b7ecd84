/** Campaigns: a named push inside a plan, planned → running → closed. */
export const CAMPAIGN_STATUSES = ['planned', 'running', 'closed'] as const
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, { vi: string; en: string }> = {
  planned: { vi: 'Chuẩn bị', en: 'Planned' },
  running: { vi: 'Đang triển khai', en: 'Running' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
}
