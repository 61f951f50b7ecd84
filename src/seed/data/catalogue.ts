/** Content themes (IV.1), policy topics from the plans, and outreach forms (IV.2). */
export type TopicSeed = {
  code: string
  name: string
  kind: 'theme' | 'policy'
  themeCode?: string
  description?: string
  legalBasis?: string
}

export const TOPICS: TopicSeed[] = [
  {
    code: 'ND1',
    kind: 'theme',
    name: 'Chủ trương của Đảng, chính sách, pháp luật của Nhà nước về BHXH, BHYT',
    description:
      'Chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về BHXH, BHYT; vị trí, vai trò, ý nghĩa của chính sách BHXH, BHYT trong hệ thống an sinh xã hội.',
  },
  {
    code: 'ND2',
    kind: 'theme',
    name: 'Nội dung cơ bản, điểm mới của Luật BHXH, Luật BHYT; quyền và trách nhiệm các bên',
    description:
      'Nội dung cơ bản, điểm mới của Luật BHXH, Luật BHYT và các văn bản hướng dẫn thi hành; quyền, trách nhiệm, nghĩa vụ của cơ quan, tổ chức, người sử dụng lao động, người lao động và người tham gia.',
  },
  {
    code: 'ND3',
    kind: 'theme',
    name: 'Lợi ích của việc tham gia BHXH, BHYT, nhất là BHXH tự nguyện, BHYT hộ gia đình',
    description:
      'Ý nghĩa, lợi ích thiết thực của việc tham gia BHXH, BHYT, nhất là BHXH tự nguyện, BHYT hộ gia đình; lợi ích của tham gia liên tục, lâu dài; hạn chế gián đoạn tham gia hoặc nhận BHXH một lần khi không thật sự cần thiết.',
  },
  {
    code: 'ND4',
    kind: 'theme',
    name: 'Chấp hành pháp luật: chậm đóng, trốn đóng, nợ đóng BHXH, BHYT và hậu quả',
    description:
      'Trách nhiệm chấp hành pháp luật về BHXH, BHYT; các hành vi vi phạm như chậm đóng, trốn đóng, nợ đóng và hậu quả đối với quyền, lợi ích hợp pháp của người lao động.',
  },
  {
    code: 'ND5',
    kind: 'theme',
    name: 'Cải cách thủ tục hành chính, chuyển đổi số, dịch vụ công trực tuyến; mô hình hay, gương điển hình',
    description:
      'Cải cách thủ tục hành chính, chuyển đổi số, dịch vụ công trực tuyến, ứng dụng số (VssID), tiện ích số trong lĩnh vực BHXH, BHYT; mô hình hay, cách làm hiệu quả, tập thể, cá nhân tiêu biểu.',
  },
  {
    code: 'CS01',
    kind: 'policy',
    themeCode: 'ND2',
    name: 'Điểm mới của Luật Bảo hiểm xã hội năm 2024',
    legalBasis: 'Luật Bảo hiểm xã hội số 41/2024/QH15 ngày 29/6/2024',
  },
  {
    code: 'CS02',
    kind: 'policy',
    themeCode: 'ND2',
    name: 'Luật Bảo hiểm y tế sửa đổi, bổ sung năm 2024',
    legalBasis: 'Luật BHYT 2008; Luật sửa đổi, bổ sung năm 2014 và năm 2024',
  },
  {
    code: 'CS03',
    kind: 'policy',
    themeCode: 'ND3',
    name: 'Hỗ trợ mức đóng BHXH tự nguyện của thành phố (NQ 56/2025/NQ-HĐND)',
    legalBasis: 'Nghị quyết số 56/2025/NQ-HĐND ngày 11/12/2025 của HĐND thành phố',
  },
  {
    code: 'CS04',
    kind: 'policy',
    themeCode: 'ND3',
    name: 'Hỗ trợ mức đóng BHYT giai đoạn 2026–2030 (NQ 55/2025 và 57/2025/NQ-HĐND)',
    legalBasis: 'Nghị quyết số 55/2025/NQ-HĐND và số 57/2025/NQ-HĐND ngày 11/12/2025 của HĐND thành phố',
  },
  {
    code: 'CS05',
    kind: 'policy',
    themeCode: 'ND3',
    name: 'Hạn chế nhận BHXH một lần; tham gia liên tục, lâu dài',
    legalBasis: 'Luật Bảo hiểm xã hội số 41/2024/QH15',
  },
  {
    code: 'CS06',
    kind: 'policy',
    themeCode: 'ND4',
    name: 'Chậm đóng, trốn đóng, nợ đóng BHXH, BHYT',
    legalBasis: 'Luật Bảo hiểm xã hội số 41/2024/QH15',
  },
  {
    code: 'CS07',
    kind: 'policy',
    themeCode: 'ND5',
    name: 'Ứng dụng VssID và dịch vụ công trực tuyến BHXH',
  },
  {
    code: 'CS08',
    kind: 'policy',
    themeCode: 'ND5',
    name: 'Nhận lương hưu, trợ cấp BHXH qua tài khoản ngân hàng (ATM)',
    description: 'Mục tiêu trên 99% người hưởng lương hưu, trợ cấp BHXH nhận qua tài khoản (kế hoạch năm 2026).',
  },
]

export type ChannelSeed = {
  code: string
  name: string
  kind: 'mass_media' | 'digital' | 'visual_product' | 'direct' | 'integration' | 'network'
}

export const CHANNELS: ChannelSeed[] = [
  { code: 'K01', kind: 'mass_media', name: 'Báo in, báo điện tử' },
  { code: 'K02', kind: 'mass_media', name: 'Phát thanh' },
  { code: 'K03', kind: 'mass_media', name: 'Truyền hình' },
  { code: 'K04', kind: 'mass_media', name: 'Cổng, trang thông tin điện tử' },
  { code: 'K05', kind: 'mass_media', name: 'Hệ thống truyền thanh cơ sở (loa phát thanh)' },
  { code: 'K06', kind: 'digital', name: 'Mạng xã hội, nền tảng số' },
  { code: 'K07', kind: 'direct', name: 'Hội nghị, hội thảo' },
  { code: 'K08', kind: 'direct', name: 'Đối thoại chính sách' },
  { code: 'K09', kind: 'direct', name: 'Tư vấn tại cơ sở' },
  { code: 'K10', kind: 'direct', name: 'Truyền thông nhóm nhỏ' },
  { code: 'K11', kind: 'integration', name: 'Lồng ghép trong sinh hoạt chi bộ, đoàn thể, họp cộng đồng' },
  { code: 'K12', kind: 'visual_product', name: 'Tờ gấp, tài liệu tuyên truyền' },
  { code: 'K13', kind: 'visual_product', name: 'Infographic' },
  { code: 'K14', kind: 'visual_product', name: 'Video ngắn' },
  { code: 'K15', kind: 'visual_product', name: 'Sổ tay hỏi – đáp' },
  { code: 'K16', kind: 'network', name: 'Tuyên truyền viên, cộng tác viên, trưởng thôn, tổ trưởng TDP' },
]
