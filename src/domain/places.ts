export const LOCALITY_KIND_LABELS = {
  xa: { vi: 'Xã', en: 'Rural commune' },
  phuong: { vi: 'Phường', en: 'Ward' },
  dac_khu: { vi: 'Đặc khu', en: 'Special zone' },
} as const
export type LocalityKind = keyof typeof LOCALITY_KIND_LABELS

export const SITE_KIND_LABELS = {
  industrial_park: { vi: 'Khu công nghiệp', en: 'Industrial park' },
  economic_zone: { vi: 'Khu kinh tế', en: 'Economic zone' },
  free_trade_zone: { vi: 'Khu thương mại tự do', en: 'Free trade zone' },
  industrial_cluster: { vi: 'Cụm công nghiệp', en: 'Industrial cluster' },
  worker_housing: { vi: 'Khu nhà trọ công nhân', en: 'Worker boarding area' },
  market: { vi: 'Chợ', en: 'Market' },
  school: { vi: 'Trường học', en: 'School' },
  craft_village: { vi: 'Làng nghề', en: 'Craft village' },
  community_hall: { vi: 'Nhà văn hóa, hội trường', en: 'Community hall' },
  health_facility: { vi: 'Cơ sở y tế', en: 'Health facility' },
  other: { vi: 'Khác', en: 'Other' },
} as const
export type SiteKind = keyof typeof SITE_KIND_LABELS

export const SITE_STATUS_LABELS = {
  operating: { vi: 'Đang hoạt động', en: 'Operating' },
  developing: { vi: 'Đang triển khai', en: 'Being developed' },
  established_2025: { vi: 'Thành lập năm 2025', en: 'Established 2025' },
  planned: { vi: 'Quy hoạch', en: 'Planned' },
} as const

export const COMMUNE_BASIS_LABELS = {
  source_new_name: { vi: 'Nguồn nêu tên xã mới', en: 'Source names the new commune' },
  mapped_from_old_commune: { vi: 'Ánh xạ từ xã cũ', en: 'Mapped from the former commune' },
  inferred: { vi: 'Suy luận, chưa xác minh', en: 'Inferred, unverified' },
  unknown: { vi: 'Chưa rõ', en: 'Unknown' },
} as const

/** Why a labour-force figure cannot stand next to a population figure, or null. */
export function labourForceError(population?: number | null, labourForce?: number | null): string | null {
  if (population == null || labourForce == null) return null
  return labourForce > population ? 'Lực lượng lao động không thể lớn hơn dân số.' : null
}
