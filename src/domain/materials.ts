/** Kinds of outreach material (plan section IV.2's visual products and scripts). */
export const MATERIAL_KINDS = ['infographic', 'leaflet', 'handbook', 'poster', 'video', 'script', 'article', 'slides'] as const
export type MaterialKind = (typeof MATERIAL_KINDS)[number]

export const MATERIAL_KIND_LABELS: Record<MaterialKind, { vi: string; en: string }> = {
  infographic: { vi: 'Infographic', en: 'Infographic' },
  leaflet: { vi: 'Tờ gấp', en: 'Leaflet' },
  handbook: { vi: 'Sổ tay hỏi – đáp', en: 'Q&A handbook' },
  poster: { vi: 'Áp phích, pa-nô', en: 'Poster' },
  video: { vi: 'Video ngắn', en: 'Short video' },
  script: { vi: 'Kịch bản phát thanh, loa truyền thanh', en: 'Radio / loudspeaker script' },
  article: { vi: 'Bài viết', en: 'Article' },
  slides: { vi: 'Bài trình chiếu', en: 'Slide deck' },
}
