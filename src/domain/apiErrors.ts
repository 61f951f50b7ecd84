/**
 * Payload's English API error messages in Vietnamese. Payload words some errors through its
 * translations (in the request's language, which follows the browser's Accept-Language), and
 * writes others in English in its code ("The following path cannot be queried: phone", "Invalid
 * JSON", "Missing ID of version."). Both kinds are mapped here, with their variable parts kept.
 */
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'

/** Where Payload's own Vietnamese says "field" in English. Also given to the config's i18n, for the admin. */
export const VIETNAMESE_OVERRIDES = {
  error: {
    followingFieldsInvalid_one: 'Lỗi - Trường sau không hợp lệ:',
    followingFieldsInvalid_other: 'Lỗi - Những trường sau không hợp lệ:',
  },
}

const short = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max)}…` : text)

/** Messages Payload writes in English in its code, not through its translations. */
const HARD_CODED: [RegExp, (...groups: string[]) => string][] = [
  [/^The following path cannot be queried: (.*)$/s, (path) => `Không thể lọc hoặc sắp xếp theo "${short(path)}": trường này không có hoặc bạn không được phép dùng nó.`],
  [/^The following paths cannot be queried: (.*)$/s, (paths) => `Không thể lọc hoặc sắp xếp theo các trường: ${short(paths)} (không có hoặc bạn không được phép dùng).`],
  [/^Invalid JSON$/, () => 'Nội dung gửi lên không phải JSON hợp lệ.'],
  [/^Missing 'where' query of documents to delete\.$/, () => 'Thiếu điều kiện where: cần nói rõ những tài liệu nào sẽ bị xoá.'],
  [/^Missing 'where' query of documents to update\.$/, () => 'Thiếu điều kiện where: cần nói rõ những tài liệu nào sẽ được sửa.'],
  [/^Missing ID of version to restore\.$/, () => 'Thiếu mã (ID) hợp lệ của phiên bản cần khôi phục.'],
  [/^Pasting from URL is not enabled for this collection\.$/, () => 'Không được dán tệp từ một địa chỉ URL ở đây; hãy tải tệp lên.'],
  [/^Invalid filename\.?$/, () => 'Tên tệp không hợp lệ.'],
  [/^ID was not specified$/, () => 'Thiếu mã (ID) của tài liệu.'],
  [/^Something went wrong\.$/, () => 'Máy chủ gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại sau.'],
  [/^Route not found "(.*)"$/s, (path) => `Không có địa chỉ API "${short(path)}".`],
]

type Rule = { match: (message: string) => string[] | null; vi: string }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One rule per translated message: exact, with `{{placeholders}}`, or a prefix ending in ":" followed by names. */
function catalogRules(): Rule[] {
  const sections = ['error', 'validation'] as const
  const rules: Rule[] = []
  for (const section of sections) {
    const english = en.translations[section] as Record<string, string>
    const vietnamese = { ...(vi.translations[section] as Record<string, string>), ...((VIETNAMESE_OVERRIDES as Record<string, Record<string, string>>)[section] ?? {}) }
    for (const [key, text] of Object.entries(english)) {
      const target = vietnamese[key]
      if (!target || text.length < 6) continue
      const names = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1])
      const pattern = escape(text).replace(/\\\{\\\{\w+\\\}\\\}/g, '(.*?)')
      const re = new RegExp(text.endsWith(':') ? `^${pattern}( .*)?$` : `^${pattern}$`, 's')
      rules.push({
        match: (message) => {
          const m = re.exec(message)
          if (!m) return null
          let out = target
          names.forEach((name, i) => (out = out.replaceAll(`{{${name}}}`, m[i + 1])))
          return [text.endsWith(':') ? `${out}${m[names.length + 1] ?? ''}` : out]
        },
        vi: target,
      })
    }
  }
  const notFound = (en.translations.general as Record<string, string>).notFound
  rules.push({ match: (m) => (m === notFound ? [(vi.translations.general as Record<string, string>).notFound] : null), vi: '' })
  return rules
}

let rules: Rule[] | undefined

/** The Vietnamese for one of Payload's English messages; any other message comes back unchanged. */
export function vietnameseMessage(message: string): string {
  for (const [re, make] of HARD_CODED) {
    const m = re.exec(message)
    if (m) return make(...m.slice(1))
  }
  for (const rule of (rules ??= catalogRules())) {
    const hit = rule.match(message)
    if (hit) return hit[0]
  }
  // Payload's own Vietnamese, where it says "field(s)" in English.
  return message
    .replace(vi.translations.error.followingFieldsInvalid_one, VIETNAMESE_OVERRIDES.error.followingFieldsInvalid_one)
    .replace(vi.translations.error.followingFieldsInvalid_other, VIETNAMESE_OVERRIDES.error.followingFieldsInvalid_other)
}

/**
 * Errors Payload answers with a 500 although the client caused them, recognised one by one:
 * a body that cannot be parsed, a file that is not on disk, the email-verification link (Loa
 * does not verify emails, and Payload then queries a column that does not exist).
 */
export function clientErrorOf(error: { name?: string; message?: string } | undefined): { status: number; message: string } | null {
  const message = error?.message ?? ''
  if (/^(Unexpected end of form|Multipart: Boundary not found|Unsupported content type|Malformed part header|Malformed urlencoded form)/.test(message) || (error?.name === 'SyntaxError' && /JSON/.test(message))) {
    return { status: 400, message: 'Nội dung gửi lên không đọc được: JSON hoặc multipart/form-data hỏng, hoặc Content-Type không khớp với nội dung.' }
  }
  if (/ is missing on the disk\b/.test(message)) return { status: 404, message: 'Không tìm thấy tệp.' }
  if (/Cannot find field for path at _verificationToken/.test(message)) return { status: 404, message: 'Loa không dùng đường dẫn xác minh email; tài khoản do quản trị viên tạo.' }
  return null
}

type ErrorBody = { errors?: { message?: unknown; data?: unknown }[]; message?: unknown }

/** An error answer with every message in Vietnamese, the shape untouched (`errors[].message`, field errors under `data.errors`). */
export function vietnameseErrorBody<T extends ErrorBody>(body: T): T {
  const tr = (m: unknown) => (typeof m === 'string' ? vietnameseMessage(m) : m)
  return {
    ...body,
    ...(body.message !== undefined ? { message: tr(body.message) } : {}),
    ...(Array.isArray(body.errors)
      ? {
          errors: body.errors.map((e) => {
            const data = e?.data as { errors?: { message?: unknown }[] } | undefined
            return {
              ...e,
              message: tr(e?.message),
              ...(data && Array.isArray(data.errors) ? { data: { ...data, errors: data.errors.map((f) => ({ ...f, message: tr(f?.message) })) } } : {}),
            }
          }),
        }
      : {}),
  }
}

/** English only for a user who chose it (Payload's language cookie, set from their account settings); the Accept-Language of a browser does not count. */
export function wantsEnglish(cookieHeader: string | null | undefined, cookieName = 'payload-lng'): boolean {
  return new RegExp(`(?:^|;\\s*)${escape(cookieName)}=en(?:;|$)`).test(cookieHeader ?? '')
}
