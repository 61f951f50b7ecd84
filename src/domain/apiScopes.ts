/**
 * What an integration (another system calling Loa's API with an API key) may do. Each scope opens
 * one narrow door; an integration is never a person with a role, so every rule written for roles
 * refuses it unless that rule names its scope. (Plain words and underscores: GraphQL makes enums
 * of them.) Every integration reads the shared catalogues (communes, organizations, groups, topics).
 */
export const API_SCOPES = ['read_figures', 'import_figures', 'read_events'] as const
export type ApiScope = (typeof API_SCOPES)[number]

export const API_SCOPE_LABELS: Record<ApiScope, { vi: string; en: string }> = {
  'read_figures': { vi: 'Đọc số liệu tham gia BHXH, BHYT (mọi xã, phường)', en: 'Read participation figures (all communes)' },
  'import_figures': {
    vi: 'Nhập số liệu tham gia (POST /api/indicators/import)',
    en: 'Import participation figures (POST /api/indicators/import)',
  },
  'read_events': { vi: 'Đọc lịch và kết quả sự kiện tuyên truyền', en: 'Read outreach events and their results' },
}
