/** The city plan itself and the responsibility matrix of its section VI. */
export const CITY_PLAN = {
  title: 'Kế hoạch tuyên truyền chính sách BHXH, BHYT trên địa bàn thành phố Hải Phòng giai đoạn 2026–2030',
  ownerKey: 'snv',
  objectives: [
    'Tổ chức triển khai đồng bộ, hiệu quả công tác tuyên truyền chính sách BHXH, BHYT trên địa bàn thành phố; tạo chuyển biến rõ nét trong nhận thức và hành động; góp phần thực hiện mục tiêu phát triển người tham gia BHXH, BHYT đến năm 2030.',
    'Năm 2026: tỷ lệ bao phủ BHYT từ 95,5% dân số trở lên; tỷ lệ tham gia BHXH từ 56,8% lực lượng lao động trong độ tuổi trở lên (bắt buộc 50,6%, tự nguyện 6,2%). Đến năm 2030: 62–63% lực lượng lao động trong độ tuổi tham gia BHXH; hướng tới BHYT toàn dân.',
    'Hằng năm 100% cán bộ, công chức, viên chức, người lao động trong các cơ quan, đơn vị được tuyên truyền, phổ biến đầy đủ quy định pháp luật về BHXH, BHYT.',
    'Gắn kết quả tuyên truyền với kết quả phát triển người tham gia của từng địa phương, đơn vị; làm căn cứ đánh giá mức độ hoàn thành nhiệm vụ hằng năm.',
  ],
  milestones: [
    { title: 'Sơ kết giữa kỳ thực hiện Kế hoạch', dueDate: '2028-12-31' },
    { title: 'Tổng kết thực hiện Kế hoạch giai đoạn 2026–2030', dueDate: '2030-12-31' },
  ],
}

export type AssignmentSeed = {
  orgKey: string
  section: string
  title: string
  description?: string
  partnerKeys?: string[]
  recurrence: 'once' | 'half_yearly' | 'yearly' | 'continuous'
  dueDate?: string
}

export const CITY_ASSIGNMENTS: AssignmentSeed[] = [
  { orgKey: 'snv', section: 'VI.1', recurrence: 'continuous', partnerKeys: ['bhxh'], title: 'Đầu mối tham mưu chỉ đạo, đôn đốc, kiểm tra thực hiện Kế hoạch; hướng dẫn, theo dõi, tổng hợp kết quả' },
  { orgKey: 'snv', section: 'VI.1', recurrence: 'continuous', title: 'Lồng ghép tuyên truyền BHXH, BHYT trong các chương trình lao động, việc làm, thị trường lao động' },
  { orgKey: 'snv', section: 'VI.1', recurrence: 'continuous', title: 'Kịp thời tham mưu UBND thành phố tháo gỡ khó khăn, vướng mắc phát sinh' },
  { orgKey: 'snv', section: 'VI.1', recurrence: 'once', dueDate: '2028-12-31', partnerKeys: ['bhxh'], title: 'Tổ chức sơ kết giữa kỳ thực hiện Kế hoạch (năm 2028)' },
  { orgKey: 'snv', section: 'VI.1', recurrence: 'once', dueDate: '2030-12-31', partnerKeys: ['bhxh'], title: 'Tổ chức tổng kết thực hiện Kế hoạch (năm 2030); đề xuất khen thưởng' },
  { orgKey: 'snv', section: 'VIII.2', recurrence: 'half_yearly', partnerKeys: ['bhxh'], title: 'Tổng hợp tình hình, kết quả thực hiện, báo cáo UBND thành phố' },
  { orgKey: 'vhttdl', section: 'VI.2', recurrence: 'continuous', title: 'Hướng dẫn thiết chế văn hóa, thông tin cơ sở lồng ghép tuyên truyền BHXH, BHYT; tuyên truyền cổ động trực quan' },
  { orgKey: 'syt', section: 'VI.3', recurrence: 'continuous', partnerKeys: ['bhxh'], title: 'Tuyên truyền, hướng dẫn chính sách BHYT tại cơ sở khám bệnh, chữa bệnh và trong Nhân dân' },
  { orgKey: 'syt', section: 'VI.3', recurrence: 'continuous', title: 'Chỉ đạo cơ sở khám bệnh, chữa bệnh thực hiện đúng quy định khám, chữa bệnh BHYT' },
  { orgKey: 'bhxh', section: 'VI.4', recurrence: 'continuous', partnerKeys: ['snv'], title: 'Chủ trì chuyên môn; phối hợp triển khai tuyên truyền, vận động phát triển người tham gia' },
  { orgKey: 'bhxh', section: 'VI.4', recurrence: 'continuous', title: 'Xây dựng, cập nhật tài liệu, thông điệp, số liệu tuyên truyền; cung cấp thông tin chính thống, kịp thời' },
  { orgKey: 'bhxh', section: 'VI.4', recurrence: 'continuous', title: 'Hướng dẫn BHXH cơ sở phối hợp với chính quyền địa phương trong tổ chức thực hiện' },
  { orgKey: 'bhxh', section: 'VI.4', recurrence: 'half_yearly', partnerKeys: ['snv'], title: 'Theo dõi, đánh giá hiệu quả tuyên truyền gắn với kết quả phát triển người tham gia' },
  { orgKey: 'sgddt', section: 'VI.5', recurrence: 'yearly', partnerKeys: ['bhxh'], title: 'Lồng ghép tuyên truyền BHXH, BHYT trong nhà trường; phổ biến cho học sinh, sinh viên cuối khóa' },
  { orgKey: 'stc', section: 'VI.6', recurrence: 'yearly', partnerKeys: ['bhxh'], title: 'Hướng dẫn lập dự toán, quản lý, quyết toán kinh phí; tham mưu bố trí kinh phí thực hiện Kế hoạch' },
  { orgKey: 'skhcn', section: 'VI.7', recurrence: 'continuous', title: 'Thúc đẩy ứng dụng công nghệ, chuyển đổi số, nền tảng số trong tuyên truyền' },
  { orgKey: 'cap', section: 'VI.8', recurrence: 'continuous', partnerKeys: ['bhxh'], title: 'Khai thác, đối soát, làm sạch dữ liệu; chia sẻ, xác thực dữ liệu phục vụ tiện ích số' },
  { orgKey: 'cap', section: 'VI.8', recurrence: 'continuous', title: 'Phát hiện, xử lý các hành vi vi phạm pháp luật về BHXH, BHYT theo quy định' },
  { orgKey: 'thue', section: 'VI.9', recurrence: 'continuous', partnerKeys: ['bhxh'], title: 'Chia sẻ thông tin người nộp thuế để xác định nhóm tiềm năng (hộ kinh doanh, lao động phi chính thức)' },
  { orgKey: 'thue', section: 'VI.9', recurrence: 'continuous', partnerKeys: ['bhxh'], title: 'Lồng ghép tuyên truyền, hướng dẫn trách nhiệm tham gia BHXH, BHYT trong hoạt động hỗ trợ người nộp thuế' },
  { orgKey: 'baohp', section: 'VI.10', recurrence: 'continuous', partnerKeys: ['bhxh'], title: 'Duy trì chuyên trang, chuyên mục, phóng sự, tọa đàm, hỏi – đáp chính sách BHXH, BHYT' },
  { orgKey: 'baohp', section: 'VI.10', recurrence: 'continuous', title: 'Phản ánh kết quả triển khai, mô hình hay, cách làm hiệu quả, gương điển hình; tuyên truyền trên báo điện tử, mạng xã hội, nền tảng số' },
  { orgKey: 'mttq', section: 'VI.11', recurrence: 'continuous', partnerKeys: ['bhxh'], title: 'Tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tham gia BHXH, BHYT' },
  { orgKey: 'ldld', section: 'VI.11', recurrence: 'continuous', partnerKeys: ['bhxh'], title: 'Tuyên truyền, tư vấn, đối thoại chính sách tại doanh nghiệp, khu công nghiệp; giám sát thực hiện chính sách' },
  { orgKey: 'hnd', section: 'VI.11', recurrence: 'continuous', title: 'Vận động hội viên nông dân tham gia BHXH tự nguyện, BHYT hộ gia đình' },
  { orgKey: 'hlhpn', section: 'VI.11', recurrence: 'continuous', title: 'Vận động hội viên phụ nữ tham gia BHXH tự nguyện, BHYT hộ gia đình' },
  { orgKey: 'doantn', section: 'VI.11', recurrence: 'continuous', title: 'Vận động đoàn viên, thanh niên tham gia BHXH tự nguyện, BHYT' },
  { orgKey: 'lmhtx', section: 'VI.11', recurrence: 'continuous', title: 'Vận động thành viên hợp tác xã, người lao động tham gia BHXH tự nguyện, BHYT hộ gia đình' },
  { orgKey: 'buudien', section: 'VI.13', recurrence: 'continuous', partnerKeys: ['bhxh'], title: 'Tuyên truyền, tư vấn chính sách BHXH, BHYT đến từng nhóm người dân, đúng quy định, đúng đối tượng' },
  { orgKey: 'buudien', section: 'VI.13', recurrence: 'half_yearly', partnerKeys: ['bhxh'], title: 'Bồi dưỡng nhân viên, cộng tác viên; báo cáo định kỳ, đột xuất kết quả, khó khăn và đề xuất' },
  // Bodies whose duties come from the 2026 annual plan (seed 002, section IV), not section VI.
  { orgKey: 'thongke', section: 'KH 2026, IV.9', recurrence: 'yearly', partnerKeys: ['bhxh'], title: 'Cung cấp số liệu dân số theo cấp xã, lực lượng lao động trong độ tuổi làm mẫu số cho chỉ tiêu' },
  { orgKey: 'bqlkkt', section: 'KH 2026, IV.10', recurrence: 'continuous', title: 'Tuyên truyền Luật BHXH, Luật BHYT sửa đổi năm 2024 đến doanh nghiệp, người lao động trong khu công nghiệp, khu kinh tế' },
  { orgKey: 'bqlkkt', section: 'KH 2026, IV.10', recurrence: 'continuous', partnerKeys: ['bhxh'], title: 'Phối hợp đôn đốc doanh nghiệp trong khu công nghiệp, khu kinh tế chậm đóng, nợ đọng, chưa tham gia đầy đủ BHXH bắt buộc' },
  { orgKey: 'btdkt', section: 'KH 2026, IV.11', recurrence: 'yearly', title: 'Gắn kết quả thực hiện chính sách BHXH, BHYT với xét thi đua, khen thưởng, chấm điểm xếp loại cơ quan, đơn vị' },
]

/** Section VI.12, given to every commune People's Committee. */
export const COMMUNE_ASSIGNMENT = {
  section: 'VI.12',
  recurrence: 'yearly' as const,
  title: 'Xây dựng kế hoạch tuyên truyền 2026–2030 và hằng năm; rà soát nhóm tiềm năng, nhóm có nguy cơ gián đoạn; chịu trách nhiệm kết quả trên địa bàn',
  description:
    'Căn cứ Kế hoạch thành phố và tình hình địa phương, xây dựng kế hoạch giai đoạn 2026–2030 và hằng năm; rà soát, xác định nhóm người dân có tiềm năng tham gia, nhóm có tỷ lệ tham gia thấp, nhóm có nguy cơ gián đoạn; huy động hệ thống chính trị cơ sở; bố trí nguồn lực; chịu trách nhiệm về kết quả tuyên truyền và phát triển người tham gia BHXH, BHYT trên địa bàn.',
}
