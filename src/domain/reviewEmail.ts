/** The email telling reviewers which content to re-check after a legal document changed. */

export type FlaggedContent = { collection: 'messages' | 'materials' | 'questions'; id: number | string; title: string }

const KIND: Record<FlaggedContent['collection'], string> = {
  messages: 'Thông điệp',
  materials: 'Tài liệu',
  questions: 'Hỏi – đáp',
}

export function legalChangeEmail(input: { documentNumber: string; reason: string; items: FlaggedContent[]; adminURL: string }) {
  const count = input.items.length
  const subject = `[Loa] Cần rà soát ${count} nội dung do thay đổi văn bản ${input.documentNumber}`
  const lines = input.items.map(
    (item, i) => `${i + 1}. ${KIND[item.collection]}: ${item.title}\n   ${input.adminURL}/collections/${item.collection}/${item.id}`,
  )
  const text = [
    'Kính gửi người duyệt nội dung,',
    '',
    input.reason,
    '',
    `Các nội dung đã duyệt sau đây trích dẫn văn bản này và đã được đánh dấu "Cần rà soát lại" (${count}):`,
    '',
    ...lines,
    '',
    `Danh sách cần rà soát: ${input.adminURL}/review-queue`,
    '',
    '— Loa, hệ thống tuyên truyền BHXH, BHYT Hải Phòng (thư tự động, không trả lời thư này)',
  ].join('\n')
  return { subject, text }
}
