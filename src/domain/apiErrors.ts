/**
 * Payload's English API error messages in Vietnamese. Payload words some errors through its
 * translations (in the request's language, which follows the browser's Accept-Language), and
 * writes others in English in its code ("The following path cannot be queried: phone", "Invalid
 * JSON", "Missing ID of version."). Both kinds are mapped here, with their variable parts kept.
 * Matched on 3.90.1's exact wording: docs/payload-workarounds.md, entries 6 and 7.
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
  [/^An unknown error occurred\.?$/, () => 'Đã xảy ra lỗi không xác định. Vui lòng thử lại; nếu lỗi lặp lại, hãy báo quản trị viên.'],
  [
    /^Document with ID (.*) is currently locked by another user and cannot be \w+\.$/s,
    (id) => `Tài liệu (mã ${short(id, 40)}) đang được người khác mở để sửa nên chưa thể thay đổi. Vui lòng thử lại sau ít phút.`,
  ],
  [
    /^Global document with slug "(.*)" is currently locked by another user and cannot be \w+\.$/s,
    () => 'Mục cấu hình này đang được người khác mở để sửa nên chưa thể thay đổi. Vui lòng thử lại sau ít phút.',
  ],
]

/**
 * GraphQL's own messages (graphql-js validation, the complexity limit Payload adds), which never pass
 * through Payload's error hooks. Schema hints ("Did you mean …") are dropped before matching: they
 * would describe the schema to whoever guesses at it.
 */
const GRAPHQL: [RegExp, (...groups: string[]) => string][] = [
  [/^The query exceeds the maximum complexity of (\d+)\. Actual complexity is (\d+)$/, (max, actual) => `Truy vấn GraphQL quá nặng (độ phức tạp ${actual}, tối đa ${max}): hãy hỏi ít trường, ít bí danh hoặc ít tài liệu hơn trong một lần.`],
  [/^Cannot query field "(.*?)" on type "(.*?)"\.$/, (field, type) => `Không có trường "${short(field, 80)}" trong kiểu "${short(type, 80)}".`],
  [/^Unknown argument "(.*?)" on field "(.*?)"\.$/, (arg, field) => `Trường "${short(field, 80)}" không có tham số "${short(arg, 80)}".`],
  [/^Unknown type "(.*?)"\.$/, (type) => `Không có kiểu "${short(type, 80)}".`],
  [/^Syntax Error: (.*)$/s, (detail) => `Truy vấn GraphQL sai cú pháp (${short(detail, 120)}).`],
  [/^Field "(.*?)" argument "(.*?)" of type "(.*?)" is required, but it was not provided\.$/, (field, arg) => `Thiếu tham số bắt buộc "${short(arg, 80)}" của trường "${short(field, 80)}".`],
  [/^Variable "(.*?)" of required type "(.*?)" was not provided\.$/, (name) => `Thiếu biến bắt buộc "${short(name, 80)}".`],
  [/^Variable "(.*?)" got invalid value (.*)$/s, (name) => `Biến "${short(name, 80)}" có giá trị không hợp lệ.`],
  [/^Field "(.*?)" of type "(.*?)" must have a selection of subfields\.?.*$/s, (field) => `Trường "${short(field, 80)}" cần liệt kê các trường con muốn lấy.`],
  [/^Field "(.*?)" must not have a selection since type "(.*?)" has no subfields\.$/, (field) => `Trường "${short(field, 80)}" không có trường con.`],
  [/^Must provide query string\.?$|^Missing query\.?$/i, () => 'Thiếu truy vấn GraphQL (query).'],
  [/^Must provide operation name if query contains multiple operations\.$/, () => 'Truy vấn có nhiều thao tác: cần nêu tên thao tác (operationName).'],
  [/^Unknown operation named "(.*?)"\.$/, (name) => `Không có thao tác tên "${short(name, 80)}" trong truy vấn.`],
  [/^Argument "(.*?)" has invalid value .*$/s, (arg) => `Tham số "${short(arg, 80)}" có giá trị không hợp lệ.`],
  [/^Field "(?:.*\.)?(.*?)" of required type "(.*?)" was not provided\.$/, (field) => `Thiếu trường bắt buộc "${short(field, 80)}".`],
  [/^Expected value of type "(.*?)", found (.*?)(;.*)?\.?$/s, (type) => `Giá trị không đúng kiểu "${short(type, 80)}".`],
]

/** A GraphQL error message in Vietnamese, without schema hints; Payload's own messages as vietnameseMessage words them. */
export function vietnameseGraphQLMessage(message: string): string {
  const bare = message.replace(/ Did you mean .*$/s, '')
  for (const [re, make] of GRAPHQL) {
    const m = re.exec(bare)
    if (m) return make(...m.slice(1))
  }
  const translated = vietnameseMessage(bare)
  // Any other English message of graphql-js: a Vietnamese sentence first, its own words as the detail.
  return translated === bare && isEnglish(bare) ? `Yêu cầu GraphQL không hợp lệ: ${short(bare)}` : translated
}

/** English, not Vietnamese, once the quoted names and values (which may be either) are left out. */
const isEnglish = (message: string) => !/[à-ỹđĐ]/i.test(message.replace(/"[^"]*"|\{.*\}/gs, ''))

/** Without schema hints, for users who chose English. */
export const withoutSchemaHints = (message: string) => message.replace(/ Did you mean .*$/s, '')

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

/**
 * The answer for a client error (4xx) that carries details, such as the field errors of a refused
 * write, rebuilt from the error itself as Payload's formatErrors shapes it. Payload recognises its
 * errors with `instanceof`, which fails in the production build (the class thrown can be another
 * bundle's copy), and then answers the headline alone; the class name is minified there too.
 */
export function detailedClientErrorBody(error: unknown): { errors: { name: string; data: unknown; message: string }[] } | null {
  const e = error as { status?: unknown; data?: unknown; message?: unknown } | null | undefined
  if (typeof e?.status !== 'number' || e.status < 400 || e.status >= 500 || typeof e.message !== 'string') return null
  if (!e.data || typeof e.data !== 'object') return null
  const name = Array.isArray((e.data as { errors?: unknown }).errors) ? 'ValidationError' : 'APIError'
  return { errors: [{ name, data: e.data, message: e.message }] }
}

type FieldErrorData = { collection?: unknown; global?: unknown; errors?: { path?: unknown; label?: unknown; message?: unknown }[] }

/**
 * A refusal's field errors with each field named by its label, headline included: errors Payload
 * raises itself (a database's unique constraint: "… không hợp lệ: code") carry only the field's
 * code. `labelOf` answers a collection's (or global's) label for a path, or undefined.
 */
export function withFieldLabels<E extends { message?: unknown; data?: unknown }>(error: E, labelOf: (slug: string, path: string) => string | undefined): E {
  const data = error.data as FieldErrorData | undefined
  const slug = data?.collection ?? data?.global
  if (typeof slug !== 'string' || !Array.isArray(data?.errors) || !data.errors.some((f) => !f?.label && typeof f?.path === 'string')) return error
  const named = (f: { path?: unknown; label?: unknown }) => (typeof f.label === 'string' && f.label ? f.label : String(f.path))
  const errors = data.errors.map((f) => (f?.label || typeof f?.path !== 'string' ? f : { ...f, label: labelOf(slug, f.path) ?? f.path }))
  const before = data.errors.map(named).join(', ')
  const message = typeof error.message === 'string' && error.message.endsWith(` ${before}`) ? `${error.message.slice(0, -before.length)}${errors.map(named).join(', ')}` : error.message
  return { ...error, message, data: { ...data, errors } }
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
