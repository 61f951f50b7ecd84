/**
 * Demo outreach work (campaigns, events around today, feedback, media outputs), so the calendar,
 * the public events page, reminders and triage show something on a fresh install. Dates are days
 * relative to the day of seeding; organizers are the demo coordinators' organizations.
 */
export type DemoOrg = { key: string } | { commune: string }

export type DemoCampaign = {
  name: string
  org: DemoOrg
  partners: string[]
  /** Days from today. */
  from: number
  to: number
  audienceCodes: string[]
  topicCodes: string[]
  localityNames: string[]
  goals: { events: number; reach: number; voluntaryBhxh: number; householdBhyt: number }
  budgetEstimate: number
}

export const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    name: 'Luật BHXH 2024 đến với công nhân các khu công nghiệp',
    org: { key: 'ldld' },
    partners: ['bhxh'],
    from: -45,
    to: 45,
    audienceCodes: ['3', '3.1'],
    topicCodes: ['ND2', 'CS01'],
    localityNames: ['Phường Nam Triệu', 'Phường Đông Hải', 'Phường Thiên Hương'],
    goals: { events: 12, reach: 6000, voluntaryBhxh: 0, householdBhyt: 0 },
    budgetEstimate: 90_000_000,
  },
  {
    name: 'Tháng cao điểm vận động nông dân tham gia BHXH tự nguyện, BHYT hộ gia đình',
    org: { key: 'hnd' },
    partners: ['bhxh', 'hlhpn'],
    from: -20,
    to: 40,
    audienceCodes: ['4', '1.1'],
    topicCodes: ['ND3'],
    localityNames: ['Phường Thiên Hương', 'Phường Hòa Bình'],
    goals: { events: 8, reach: 2500, voluntaryBhxh: 300, householdBhyt: 800 },
    budgetEstimate: 45_000_000,
  },
]

export type DemoEvent = {
  title: string
  kind: string
  org: DemoOrg
  campaign?: number
  /** Days from today, start hour (Vietnam time) and length in hours. */
  day: number
  hour: number
  hours: number
  commune: string
  venue: string
  audienceCodes: string[]
  topicCodes: string[]
  planned: number
  cancelReason?: string
}

export const DEMO_EVENTS: DemoEvent[] = [
  { title: 'Đối thoại chính sách BHXH với công nhân KCN Nam Đình Vũ', kind: 'policy_dialogue', org: { key: 'ldld' }, campaign: 0, day: -30, hour: 14, hours: 2.5, commune: 'Phường Đông Hải', venue: 'Hội trường Công ty TNHH Nam Đình Vũ', audienceCodes: ['3'], topicCodes: ['ND2', 'CS01'], planned: 200 },
  { title: 'Tư vấn BHXH tại khu nhà trọ công nhân tổ dân phố 7', kind: 'onsite_counselling', org: { key: 'ldld' }, campaign: 0, day: -18, hour: 19, hours: 2, commune: 'Phường Nam Triệu', venue: 'Sân khu nhà trọ tổ dân phố 7', audienceCodes: ['3', '3.1'], topicCodes: ['CS01'], planned: 60 },
  { title: 'Sinh hoạt chuyên đề BHXH tự nguyện chi hội nông dân thôn Đông', kind: 'integrated_meeting', org: { key: 'hnd' }, campaign: 1, day: -12, hour: 8, hours: 2, commune: 'Phường Hòa Bình', venue: 'Nhà văn hóa thôn Đông', audienceCodes: ['4'], topicCodes: ['ND3'], planned: 45 },
  { title: 'Hội nghị tuyên truyền BHYT hộ gia đình', kind: 'conference', org: { commune: 'Phường Thiên Hương' }, day: -4, hour: 8, hours: 3, commune: 'Phường Thiên Hương', venue: 'Hội trường UBND phường Thiên Hương', audienceCodes: ['1', '6'], topicCodes: ['ND3'], planned: 120 },
  { title: 'Truyền thông nhóm nhỏ cho lao động tự do chợ Thiên Hương', kind: 'small_group', org: { key: 'hnd' }, campaign: 1, day: 1, hour: 15, hours: 1.5, commune: 'Phường Thiên Hương', venue: 'Ban quản lý chợ Thiên Hương', audienceCodes: ['4', '1.1'], topicCodes: ['ND3'], planned: 30 },
  { title: 'Đối thoại chính sách: hạn chế nhận BHXH một lần', kind: 'policy_dialogue', org: { key: 'ldld' }, campaign: 0, day: 3, hour: 14, hours: 2, commune: 'Phường Thiên Hương', venue: 'Nhà văn hóa khu công nhân', audienceCodes: ['3'], topicCodes: ['CS01'], planned: 150 },
  { title: 'Tập huấn tuyên truyền viên BHXH, BHYT cơ sở', kind: 'staff_training', org: { commune: 'Phường Thiên Hương' }, day: 6, hour: 8, hours: 4, commune: 'Phường Thiên Hương', venue: 'Hội trường UBND phường Thiên Hương', audienceCodes: ['6'], topicCodes: ['ND2'], planned: 40 },
  { title: 'Tư vấn BHXH tự nguyện cho hội viên phụ nữ', kind: 'onsite_counselling', org: { key: 'hnd' }, campaign: 1, day: 9, hour: 8, hours: 2, commune: 'Phường Hòa Bình', venue: 'Nhà văn hóa tổ dân phố 3', audienceCodes: ['4', '5.2'], topicCodes: ['ND3'], planned: 50 },
  { title: 'Văn nghệ cổ động "BHYT – an tâm cho mọi nhà"', kind: 'cultural_activity', org: { commune: 'Phường Thiên Hương' }, day: 13, hour: 19, hours: 2, commune: 'Phường Thiên Hương', venue: 'Sân văn hóa phường', audienceCodes: ['1', '5.2', '6'], topicCodes: ['ND3'], planned: 300 },
  { title: 'Hội nghị điểm mới Luật BHXH 2024 cho doanh nghiệp KCN', kind: 'conference', org: { key: 'ldld' }, campaign: 0, day: 16, hour: 8, hours: 3.5, commune: 'Phường Đông Hải', venue: 'Trung tâm hội nghị KCN Đình Vũ', audienceCodes: ['2'], topicCodes: ['ND2', 'ND4'], planned: 180 },
  { title: 'Tuyên truyền BHXH tại ca giao ca công nhân', kind: 'small_group', org: { key: 'ldld' }, campaign: 0, day: 8, hour: 17, hours: 1, commune: 'Phường Nam Triệu', venue: 'Cổng Công ty CP Đóng tàu', audienceCodes: ['3'], topicCodes: ['CS01'], planned: 80, cancelReason: 'Doanh nghiệp đổi lịch ca, hẹn tổ chức lại trong tháng sau.' },
]

export type DemoFeedback = {
  kind: 'question' | 'complaint' | 'suggestion'
  source: 'web_form' | 'event' | 'hotline' | 'visit'
  text: string
  commune: string
  audienceCode: string
  topicCode: string
  contact?: { name: string; phone?: string; email?: string }
  assignTo?: string
  answer?: string
}

export const DEMO_FEEDBACK: DemoFeedback[] = [
  { kind: 'question', source: 'web_form', text: 'Tôi bán hàng ở chợ, năm nay 52 tuổi thì đóng BHXH tự nguyện bao lâu để được hưởng lương hưu?', commune: 'Phường Thiên Hương', audienceCode: '4', topicCode: 'ND3', contact: { name: 'Nguyễn Thị Hằng', email: 'hang.demo@example.vn' }, assignTo: 'hnd' },
  { kind: 'complaint', source: 'hotline', text: 'Công ty tôi trừ tiền BHXH hằng tháng nhưng tra cứu trên VssID thấy nợ đóng 5 tháng.', commune: 'Phường Đông Hải', audienceCode: '3', topicCode: 'ND4', contact: { name: 'Trần Văn Dũng', phone: '0912000111' }, assignTo: 'ldld', answer: 'Liên đoàn Lao động đã phối hợp BHXH thành phố làm việc với doanh nghiệp; công ty cam kết đóng đủ số nợ trong tháng này. Anh theo dõi trên VssID và báo lại nếu chưa được cập nhật.' },
  { kind: 'question', source: 'event', text: 'Nghỉ việc rồi có nên rút BHXH một lần không, nếu để lại thì sau này được gì?', commune: 'Phường Nam Triệu', audienceCode: '3', topicCode: 'CS01' },
  { kind: 'suggestion', source: 'visit', text: 'Đề nghị phát loa truyền thanh về BHYT hộ gia đình vào buổi tối, buổi sáng người dân đi làm không nghe được.', commune: 'Phường Hòa Bình', audienceCode: '1', topicCode: 'ND3' },
  { kind: 'question', source: 'web_form', text: 'Mua BHYT hộ gia đình cho bố mẹ ở quê Hải Dương cũ có được giảm mức đóng không?', commune: 'Phường Hồng Bàng', audienceCode: '1', topicCode: 'ND3' },
]

export type DemoMediaOutput = {
  channel: string
  outlet: string
  title: string
  link?: string
  day: number
  org: DemoOrg
  campaign?: number
  reach: { views?: number; audience?: number; shares?: number; comments?: number }
}

export const DEMO_MEDIA_OUTPUTS: DemoMediaOutput[] = [
  { channel: 'loudspeaker', outlet: 'Đài truyền thanh phường Thiên Hương', title: 'Bản tin: lợi ích của BHYT hộ gia đình', day: -10, org: { commune: 'Phường Thiên Hương' }, reach: { audience: 8000 } },
  { channel: 'facebook', outlet: 'Trang Công đoàn Hải Phòng', title: 'Video: 5 điểm mới của Luật BHXH 2024 người lao động cần biết', link: 'https://facebook.com/congdoanhaiphong', day: -25, org: { key: 'ldld' }, campaign: 0, reach: { views: 15400, shares: 320, comments: 85 } },
  { channel: 'zalo', outlet: 'Zalo OA Hội Nông dân thành phố', title: 'Hỏi – đáp: BHXH tự nguyện cho nông dân', day: -7, org: { key: 'hnd' }, campaign: 1, reach: { views: 4200, shares: 150 } },
]
