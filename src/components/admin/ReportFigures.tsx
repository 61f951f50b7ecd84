'use client'

import { useField } from '@payloadcms/ui'

import type { UnitFigures } from '../../lib/reportCompiler'

const nf = (n: number | null | undefined) => (n === null || n === undefined ? '–' : n.toLocaleString('vi-VN'))
const th = { textAlign: 'left' as const, padding: '0.25rem 0.75rem 0.25rem 0', fontWeight: 400 }
const td = { textAlign: 'right' as const, padding: '0.25rem 0', fontWeight: 600 }

/** A unit report's compiled figures as a readable table instead of raw JSON. */
export function ReportFigures({ path }: { path?: string }) {
  const { value } = useField<UnitFigures | null>({ path: path ?? 'figures' })
  if (!value || typeof value !== 'object') return null
  const rows: [string, number | null][] = [
    ['Sự kiện đã tổ chức', value.events],
    ['Người tham dự (trong đó nữ)', value.attendance],
    ['Câu hỏi của người dự', value.questions],
    ['Tin, bài, sản phẩm đã đăng, phát', value.outputs],
    ['Lượt xem, nghe', value.mediaReach],
    ['Ý kiến nhận được / đã trả lời', value.feedbackReceived],
    ['Người đăng ký BHXH tự nguyện mới', value.newVoluntaryBhxh],
    ['Người đăng ký BHYT hộ gia đình mới', value.newHouseholdBhyt],
    ['Kinh phí đã sử dụng (đồng)', value.cost],
    ['Dự toán được duyệt cả năm (đồng)', value.budgetEstimate],
  ]
  const detail: Record<string, string> = {
    'Người tham dự (trong đó nữ)': ` (${nf(value.women)})`,
    'Ý kiến nhận được / đã trả lời': ` / ${nf(value.feedbackAnswered)}`,
  }
  return (
    <div className="field-type" data-testid="report-figures">
      <p className="field-label">Số liệu tổng hợp từ Loa</p>
      <table>
        <tbody>
          {rows.map(([label, n]) => (
            <tr key={label}>
              <th style={th}>{label}</th>
              <td style={td}>
                {nf(n)}
                {detail[label] ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-description">
        Tổng hợp lúc {new Date(value.compiledAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}; tính lại mỗi lần lưu khi còn là dự thảo, giữ nguyên từ khi gửi.
        {value.satisfaction !== null && ` Mức hài lòng bình quân: ${value.satisfaction.toLocaleString('vi-VN')}%.`}
      </p>
    </div>
  )
}
