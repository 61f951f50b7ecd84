export const ORGANIZATION_KINDS = [
  'department',
  'social_insurance',
  'mass_organization',
  'media',
  'commune_committee',
  'service_organization',
] as const
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, { vi: string; en: string }> = {
  department: { vi: 'Sở, ban, ngành', en: 'Department or agency' },
  social_insurance: { vi: 'Cơ quan BHXH', en: 'Social insurance office' },
  mass_organization: { vi: 'MTTQ, tổ chức chính trị - xã hội', en: 'Fatherland Front or mass organisation' },
  media: { vi: 'Cơ quan báo chí, truyền thông', en: 'Media' },
  commune_committee: { vi: 'UBND xã, phường, đặc khu', en: 'Commune People’s Committee' },
  service_organization: { vi: 'Tổ chức dịch vụ thu BHXH, BHYT', en: 'Service organisation' },
}

/**
 * Roles in the reporting chain of plan section VIII: Sở Nội vụ consolidates (issues the city's
 * report and the reviews, receives every report "để tổng hợp"); BHXH thành phố follows (receives
 * a copy of every report "để theo dõi, tổng hợp").
 */
export const REPORT_ROLES = ['consolidates', 'follows'] as const
export type ReportRole = (typeof REPORT_ROLES)[number]
export const REPORT_ROLE_LABELS: Record<ReportRole, { vi: string; en: string }> = {
  consolidates: { vi: 'Tổng hợp, ban hành báo cáo chung (Sở Nội vụ)', en: 'Consolidates and issues the city report (Department of Home Affairs)' },
  follows: { vi: 'Nhận báo cáo để theo dõi, tổng hợp (BHXH thành phố)', en: 'Receives reports to follow and consolidate (city social insurance)' },
}
