/** A bilingual label: Vietnamese first (the admin's default language), English second. */
export const label = (vi: string, en: string) => ({ vi, en })

/** Admin sidebar groups. */
export const GROUPS = {
  people: label('Tổ chức & người dùng', 'Organizations & people'),
  places: label('Địa bàn', 'Places'),
  catalogue: label('Danh mục', 'Catalogues'),
  planning: label('Kế hoạch & chỉ tiêu', 'Plans & targets'),
  content: label('Nội dung tuyên truyền', 'Content library'),
  outreach: label('Hoạt động tuyên truyền', 'Outreach'),
  evaluation: label('Theo dõi, đánh giá', 'Monitoring & evaluation'),
}

/** Select options from a { key: {vi, en} } table. */
export function optionsFrom<K extends string>(labels: Record<K, { vi: string; en: string }>) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}
