/**
 * The legal documents the 2026–2030 plans cite (seed texts 000–004), with the numbers, issuers and
 * dates the plans give. Dates the plans do not give are left out rather than guessed (the 2014
 * amendment of the Health Insurance Law, named by the issue, carries its own well-known date).
 */
import type { LegalDocumentKind, LegalDocumentStatus } from '../../domain/legalDocuments'

export type LegalDocumentSeed = {
  key: string
  number: string
  kind: LegalDocumentKind
  title: string
  issuer: string
  issueDate?: string
  effectiveDate?: string
  status: LegalDocumentStatus
  /** Keys of documents in this list that amend or replace it. */
  amendedBy?: string[]
}

export const LEGAL_DOCUMENTS: LegalDocumentSeed[] = [
  {
    key: 'luat-bhxh-2024',
    number: '41/2024/QH15',
    kind: 'law',
    title: 'Luật Bảo hiểm xã hội',
    issuer: 'Quốc hội',
    issueDate: '2024-06-29',
    effectiveDate: '2025-07-01',
    status: 'in_force',
  },
  {
    key: 'luat-bhyt-2008',
    number: '25/2008/QH12',
    kind: 'law',
    title: 'Luật Bảo hiểm y tế',
    issuer: 'Quốc hội',
    issueDate: '2008-11-14',
    status: 'amended',
    amendedBy: ['luat-bhyt-sua-doi-2014', 'luat-bhyt-sua-doi-2024'],
  },
  {
    key: 'luat-bhyt-sua-doi-2014',
    number: '46/2014/QH13',
    kind: 'law',
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế',
    issuer: 'Quốc hội',
    // Not in the seed plans (the issue names it); the date is the law's own.
    issueDate: '2014-06-13',
    effectiveDate: '2015-01-01',
    status: 'in_force',
  },
  {
    key: 'luat-bhyt-sua-doi-2024',
    number: '51/2024/QH15',
    kind: 'law',
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế',
    issuer: 'Quốc hội',
    issueDate: '2024-11-27',
    // Seed 002: the amended laws apply from 01/7/2025.
    effectiveDate: '2025-07-01',
    status: 'in_force',
  },
  {
    key: 'nd-146-2018',
    number: '146/2018/NĐ-CP',
    kind: 'decree',
    title: 'Quy định chi tiết và hướng dẫn biện pháp thi hành một số điều của Luật Bảo hiểm y tế',
    issuer: 'Chính phủ',
    issueDate: '2018-10-17',
    status: 'amended',
    amendedBy: ['nd-02-2025'],
  },
  {
    key: 'nd-02-2025',
    number: '02/2025/NĐ-CP',
    kind: 'decree',
    title: 'Sửa đổi, bổ sung một số điều của Nghị định số 146/2018/NĐ-CP quy định chi tiết và hướng dẫn biện pháp thi hành một số điều của Luật Bảo hiểm y tế',
    issuer: 'Chính phủ',
    status: 'in_force',
  },
  {
    key: 'qd-1676-2019',
    number: '1676/QĐ-TTg',
    kind: 'decision',
    title: 'Phê duyệt Đề án đổi mới toàn diện nội dung, hình thức và phương pháp tuyên truyền bảo hiểm xã hội',
    issuer: 'Thủ tướng Chính phủ',
    issueDate: '2019-11-21',
    status: 'in_force',
  },
  {
    key: 'qd-176-bnv-2026',
    number: '176/QĐ-BNV',
    kind: 'decision',
    title: 'Ban hành Kế hoạch tuyên truyền bảo hiểm xã hội giai đoạn 2026 – 2030',
    issuer: 'Bộ Nội vụ',
    issueDate: '2026-02-12',
    status: 'in_force',
  },
  {
    key: 'nq-403-cp-2025',
    number: '403/NQ-CP',
    kind: 'resolution',
    title: 'Về việc giao chỉ tiêu phát triển đối tượng tham gia bảo hiểm xã hội đến năm 2030',
    issuer: 'Chính phủ',
    issueDate: '2025-12-10',
    status: 'in_force',
  },
  {
    key: 'ct-52-tw-2025',
    number: '52-CT/TW',
    kind: 'directive',
    title: 'Về việc thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới',
    issuer: 'Ban Bí thư Trung ương Đảng',
    issueDate: '2025-10-03',
    status: 'in_force',
  },
  {
    key: 'kh-20-tu-2025',
    number: '20-KH/TU',
    kind: 'plan',
    title: 'Triển khai Chỉ thị số 52-CT/TW của Ban Bí thư về việc thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới trên địa bàn thành phố Hải Phòng',
    issuer: 'Thành ủy Hải Phòng',
    issueDate: '2025-12-03',
    status: 'in_force',
  },
  {
    key: 'nq-55-2025',
    number: '55/2025/NQ-HĐND',
    kind: 'resolution',
    title: 'Chính sách hỗ trợ mức đóng bảo hiểm y tế cho các đối tượng trên địa bàn thành phố Hải Phòng giai đoạn 2026 – 2030',
    issuer: 'HĐND thành phố Hải Phòng',
    issueDate: '2025-12-11',
    status: 'in_force',
  },
  {
    key: 'nq-56-2025',
    number: '56/2025/NQ-HĐND',
    kind: 'resolution',
    title: 'Chính sách hỗ trợ thêm mức đóng bảo hiểm xã hội cho người tham gia bảo hiểm xã hội tự nguyện trên địa bàn thành phố Hải Phòng',
    issuer: 'HĐND thành phố Hải Phòng',
    issueDate: '2025-12-11',
    status: 'in_force',
  },
  {
    key: 'nq-57-2025',
    number: '57/2025/NQ-HĐND',
    kind: 'resolution',
    title: 'Chính sách hỗ trợ mức đóng bảo hiểm y tế cho các đối tượng trên địa bàn thành phố Hải Phòng giai đoạn 2026 – 2030',
    issuer: 'HĐND thành phố Hải Phòng',
    issueDate: '2025-12-11',
    status: 'in_force',
  },
  {
    key: 'nq-73-2025',
    number: '73/NQ-HĐND',
    kind: 'resolution',
    title: 'Về phát triển kinh tế – xã hội, quốc phòng – an ninh thành phố 5 năm 2026 – 2030',
    issuer: 'HĐND thành phố Hải Phòng',
    issueDate: '2025-12-11',
    status: 'in_force',
  },
  {
    key: 'nq-74-2025',
    number: '74/NQ-HĐND',
    kind: 'resolution',
    title: 'Về Kế hoạch phát triển kinh tế – xã hội năm 2026',
    issuer: 'HĐND thành phố Hải Phòng',
    issueDate: '2025-12-11',
    status: 'in_force',
  },
  {
    key: 'nq-11-2022',
    number: '11/2022/NQ-HĐND',
    kind: 'resolution',
    title: 'Quy định chính sách hỗ trợ đóng bảo hiểm y tế cho các nhóm đối tượng xã hội trên địa bàn thành phố Hải Phòng',
    issuer: 'HĐND thành phố Hải Phòng',
    issueDate: '2022-12-09',
    status: 'amended',
    amendedBy: ['nq-05-2024'],
  },
  {
    key: 'nq-05-2024',
    number: '05/2024/NQ-HĐND',
    kind: 'resolution',
    title: 'Sửa đổi, bổ sung một số điều của Nghị quyết số 11/2022/NQ-HĐND',
    issuer: 'HĐND thành phố Hải Phòng',
    issueDate: '2024-07-19',
    // Seed 000: applied "đến hết ngày 31/12/2025"; the 2026–2030 support is NQ 55/2025 and 57/2025.
    status: 'expired',
  },
  {
    key: 'qd-254-2025',
    number: '254/2025/QĐ-UBND',
    kind: 'decision',
    title: 'Ban hành Quy chế phối hợp giữa các cơ quan quản lý nhà nước trên địa bàn thành phố Hải Phòng trong công tác quản lý, phát triển đối tượng tham gia bảo hiểm xã hội',
    issuer: 'UBND thành phố Hải Phòng',
    issueDate: '2025-12-31',
    status: 'in_force',
  },
  {
    key: 'kh-346-2025',
    number: '346/KH-UBND',
    kind: 'plan',
    title: 'Triển khai thực hiện một số nhiệm vụ, giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân',
    issuer: 'UBND thành phố Hải Phòng',
    issueDate: '2025-12-26',
    status: 'in_force',
  },
  {
    key: 'kh-05-2026',
    number: '05/KH-UBND',
    kind: 'plan',
    title: 'Phát triển kinh tế – xã hội, quốc phòng – an ninh, đối ngoại thành phố Hải Phòng năm 2026',
    issuer: 'UBND thành phố Hải Phòng',
    issueDate: '2026-01-07',
    status: 'in_force',
  },
  {
    key: 'kh-52-2026',
    number: '52/KH-UBND',
    kind: 'plan',
    title: 'Phát triển kinh tế – xã hội, quốc phòng – an ninh thành phố 5 năm 2026 – 2030',
    issuer: 'UBND thành phố Hải Phòng',
    issueDate: '2026-02-13',
    status: 'in_force',
  },
]
