/**
 * A file in the media library is part of every reviewed item that uses it: once that item has left
 * its draft (in review, approved — scheduled, public or expired — or retired), the file is frozen
 * with it, for admins too, as the item itself is. Changing the file in place would change what the
 * reviewer approved and what the public downloads without a review or a version; a new file goes
 * into a new version of the item instead. Plain functions, unit-tested apart from Payload.
 */
import {
  CONTENT_STATUS_LABELS,
  PUBLICATION_STATE_LABELS,
  changedFields,
  isContentEditable,
  type ContentStatus,
  type PublicationState,
} from './contentWorkflow'

/** A reviewed item that uses a file (today: a material's cover or one of its files). */
export type FileUser = { title: string; status: ContentStatus; publication?: PublicationState | null }

/** The items' statuses that freeze their files: every status in which the item itself is frozen. */
export const freezesItsFiles = (status: ContentStatus | null | undefined) => !isContentEditable(status)

/** Fields the system keeps, never a sign that a write changes the file or what the public sees. */
const SYSTEM_FIELDS = ['id', 'createdAt', 'updatedAt', 'prefix', '_objectKey'] as const

/** Edits Payload applies to a stored image (the admin's crop and focal-point editor), from the request's query. */
export type UploadEdits = {
  crop?: unknown
  heightInPixels?: unknown
  widthInPixels?: unknown
  focalPoint?: { x?: unknown; y?: unknown }
}

/**
 * What a write would change on a stored media document: 'file' when it brings a new file or makes
 * Payload re-cut the stored one (a crop, a new size, a moved focal point), and the names of the
 * fields whose values it changes (alt text, caption, credit, focal point…). Empty for a save that
 * re-sends what is stored.
 */
export function changedFileFields(
  incoming: Record<string, unknown>,
  stored: Record<string, unknown>,
  upload: { newFile?: boolean; edits?: UploadEdits | null } = {},
): string[] {
  const changed = changedFields(incoming, stored, SYSTEM_FIELDS)
  const edits = upload.edits ?? {}
  const focal = edits.focalPoint
  const recut =
    Boolean(edits.crop || edits.heightInPixels || edits.widthInPixels) ||
    (focal !== undefined && (String(focal.x) !== String(stored.focalX) || String(focal.y) !== String(stored.focalY)))
  return upload.newFile || recut ? ['file', ...changed] : changed
}

/** How an item stands, as the refusal names it: "Đã duyệt, đang công khai". */
function standing(item: FileUser): string {
  const status = CONTENT_STATUS_LABELS[item.status].vi
  return item.status === 'approved' && item.publication && item.publication !== 'not_public'
    ? `${status}, ${PUBLICATION_STATE_LABELS[item.publication].vi.toLowerCase()}`
    : status
}

/** Approved items first: they are what the public sees. */
const RANK: Record<ContentStatus, number> = { approved: 0, in_review: 1, retired: 2, draft: 3 }

/**
 * Why `action` may not happen to a file that `users` use, or null when none of them freezes it.
 * Names the item (the first approved one when several) and the way to a new file: "Tạo phiên bản
 * mới" of an approved or retired item, back to draft for one in review.
 */
export function frozenFileRefusal(action: 'change' | 'delete', users: FileUser[]): string | null {
  const freezing = users.filter((u) => freezesItsFiles(u.status)).sort((a, b) => RANK[a.status] - RANK[b.status])
  const item = freezing[0]
  if (!item) return null
  const others = freezing.length > 1 ? ` và ${freezing.length - 1} nội dung khác` : ''
  const what = action === 'delete' ? 'không được xóa' : 'không được thay tệp hay sửa thông tin tệp'
  const newVersion = 'Muốn dùng tệp khác, hãy mở tài liệu đó, bấm "Tạo phiên bản mới", tải tệp mới lên và chọn nó trong bản nháp rồi gửi duyệt.'
  const way = {
    in_review: 'Muốn dùng tệp khác, hãy rút tài liệu về bản nháp (hoặc chờ người duyệt trả lại) rồi tải tệp mới lên và chọn nó trong tài liệu.',
    approved: newVersion,
    retired: `Tài liệu đã ngừng sử dụng được giữ làm hồ sơ cùng các tệp của nó. ${newVersion}`,
    draft: '',
  }[item.status]
  const english = {
    in_review: 'withdraw it to draft and upload a new file there',
    approved: 'upload a new file in a new version of it ("Tạo phiên bản mới")',
    retired: 'a retired material is kept for the record with its files; upload a new file in a new version of it ("Tạo phiên bản mới")',
    draft: '',
  }[item.status]
  return (
    `Tệp này đang được dùng trong tài liệu "${item.title}" (${standing(item)})${others} nên ${what}: ` +
    `nội dung đã gửi duyệt chỉ thay đổi qua duyệt. ${way} ` +
    `(This file is used by the material "${item.title}", which has left its draft: it cannot be ${action === 'delete' ? 'deleted' : 'replaced or edited'}; ${english}.)`
  )
}
