/** The six audience groups of section III of the 2026–2030 plan, worded as the plan words them. */
export type AudienceGroupSeed = {
  code: string
  shortName: string
  name: string
  parentCode?: string
  priority?: boolean
  description?: string
}

export const AUDIENCE_GROUPS: AudienceGroupSeed[] = [
  {
    code: '1',
    shortName: 'Cán bộ, đảng viên, CCVC, NLĐ và Nhân dân',
    name: 'Cán bộ, đảng viên, công chức, viên chức, người lao động trong các cơ quan, đơn vị, tổ chức và Nhân dân trên địa bàn thành phố',
  },
  {
    code: '2',
    shortName: 'Người sử dụng lao động',
    name: 'Người sử dụng lao động, chủ doanh nghiệp, hợp tác xã, hộ kinh doanh, người quản lý doanh nghiệp, người làm công tác nhân sự, công đoàn tại doanh nghiệp',
  },
  {
    code: '3',
    shortName: 'NLĐ thuộc diện BHXH bắt buộc',
    name: 'Người lao động thuộc diện tham gia BHXH bắt buộc theo quy định của Luật Bảo hiểm xã hội năm 2024',
  },
  {
    code: '4',
    shortName: 'Lao động phi chính thức, tiểu thương, nông dân',
    // The plan text prints "tiêu thương"; the intended word is "tiểu thương" (small traders).
    name: 'Người lao động khu vực phi chính thức, tiểu thương, lao động tự do, nông dân, người lao động khu vực nông thôn, làng nghề',
  },
  {
    code: '5',
    shortName: 'Thanh niên, học sinh, sinh viên',
    name: 'Thanh niên, học sinh, sinh viên, nhất là học sinh, sinh viên cuối khóa chuẩn bị tham gia thị trường lao động',
  },
  {
    code: '6',
    shortName: 'Trưởng thôn, tổ trưởng TDP, tuyên truyền viên, CTV',
    name: 'Trưởng thôn, tổ trưởng tổ dân phố, tuyên truyền viên, cộng tác viên, tổ chức dịch vụ hỗ trợ phát triển người tham gia BHXH, các lực lượng làm công tác vận động ở cơ sở',
  },
  // Priority sub-groups named across the plans.
  {
    code: '1.1',
    parentCode: '1',
    priority: true,
    shortName: 'Hộ cận nghèo, hộ nông lâm ngư nghiệp có mức sống trung bình',
    name: 'Người thuộc hộ gia đình cận nghèo; hộ gia đình làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình',
    description: 'Được ngân sách hỗ trợ mức đóng BHYT theo Nghị quyết 55/2025/NQ-HĐND và 57/2025/NQ-HĐND.',
  },
  {
    code: '1.2',
    parentCode: '1',
    priority: true,
    shortName: 'Người từ đủ 60 đến dưới 70 tuổi chưa có lương hưu',
    name: 'Người cao tuổi từ đủ 60 tuổi đến dưới 70 tuổi không có lương hưu, trợ cấp BHXH hằng tháng',
    description: 'Được hỗ trợ mức đóng BHYT theo Nghị quyết 05/2024/NQ-HĐND đến hết 31/12/2025; từ 2026 theo chính sách hỗ trợ mức đóng BHYT giai đoạn 2026–2030 (Nghị quyết 55/2025/NQ-HĐND, 57/2025/NQ-HĐND).',
  },
  {
    code: '2.1',
    parentCode: '2',
    priority: true,
    shortName: 'Hộ kinh doanh',
    name: 'Chủ hộ kinh doanh và người làm việc trong hộ kinh doanh',
    description: 'Xác định qua dữ liệu người nộp thuế (Thuế thành phố) để vận động tham gia BHXH, BHYT.',
  },
  {
    code: '3.1',
    parentCode: '3',
    priority: true,
    shortName: 'NLĐ có nguy cơ gián đoạn tham gia',
    name: 'Người lao động có nguy cơ gián đoạn tham gia BHXH (nghỉ việc, chuyển việc, có ý định nhận BHXH một lần)',
    description: 'Tuyên truyền lợi ích tham gia liên tục, hạn chế nhận BHXH một lần.',
  },
  {
    code: '5.1',
    parentCode: '5',
    priority: true,
    shortName: 'Học sinh, sinh viên năm cuối',
    name: 'Học sinh, sinh viên cuối khóa chuẩn bị tham gia thị trường lao động',
  },
  {
    code: '5.2',
    parentCode: '5',
    priority: true,
    shortName: 'Học sinh (mục tiêu 100% tham gia BHYT)',
    name: 'Học sinh các cấp: mục tiêu 100% tham gia BHYT',
  },
]
