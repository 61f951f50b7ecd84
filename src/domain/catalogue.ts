export const TOPIC_KIND_LABELS = {
  theme: { vi: 'Nội dung tuyên truyền (mục IV.1)', en: 'Content theme (IV.1)' },
  policy: { vi: 'Chủ đề chính sách', en: 'Policy topic' },
} as const

export const CHANNEL_KIND_LABELS = {
  mass_media: { vi: 'Phương tiện thông tin đại chúng', en: 'Mass media' },
  digital: { vi: 'Nền tảng số, mạng xã hội', en: 'Digital platforms and social networks' },
  visual_product: { vi: 'Sản phẩm truyền thông trực quan', en: 'Visual products' },
  direct: { vi: 'Tuyên truyền trực tiếp', en: 'Direct outreach' },
  integration: { vi: 'Lồng ghép', en: 'Integration into other activities' },
  network: { vi: 'Mạng lưới tuyên truyền viên, cộng tác viên', en: 'Outreach workers and collaborators' },
} as const
