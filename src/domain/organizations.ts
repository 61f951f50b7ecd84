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
