/** Demo accounts and a few demo plans, for trying Loa out. Never seeded when LOA_DEMO=false. */
import type { Role } from '../domain/roles'

export const DEFAULT_DEMO_PASSWORD = 'loa-demo-2026'

export type DemoAccount = {
  email: string
  name: string
  role: Role
  /** Organization key from CITY_ORGANIZATIONS, or a commune name for its People's Committee. */
  org?: { key: string } | { commune: string }
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@demo.loa', name: 'Quản trị Loa', role: 'admin' },
  { email: 'editor@demo.loa', name: 'Nguyễn Thu Hà', role: 'editor', org: { key: 'bhxh' } },
  { email: 'reviewer@demo.loa', name: 'Trần Minh Đức', role: 'reviewer', org: { key: 'bhxh' } },
  { email: 'evaluator@demo.loa', name: 'Phạm Thị Lan', role: 'evaluator', org: { key: 'snv' } },
  { email: 'ldld@demo.loa', name: 'Vũ Văn Nam', role: 'coordinator', org: { key: 'ldld' } },
  { email: 'hoinongdan@demo.loa', name: 'Đỗ Thị Hoa', role: 'coordinator', org: { key: 'hnd' } },
  { email: 'thienhuong@demo.loa', name: 'Lê Quang Huy', role: 'coordinator', org: { commune: 'Phường Thiên Hương' } },
]

export type DemoPlan = {
  org: { key: string } | { commune: string }
  title: string
  year: number
  status: 'draft' | 'submitted' | 'approved'
  objectives: string[]
  audienceCodes: string[]
  localityNames: string[]
  budget: { source: 'state_budget' | 'bhxh_funds' | 'other'; amount: number }[]
  expected: { indicator: 'peopleReached' | 'bhxhVoluntary' | 'bhytCoverage'; value: number; description: string }[]
}

export const DEMO_PLANS: DemoPlan[] = [
  {
    org: { key: 'ldld' },
    title: 'Kế hoạch tuyên truyền BHXH, BHYT cho người lao động tại các khu công nghiệp năm 2026',
    year: 2026,
    status: 'approved',
    objectives: [
      'Tổ chức đối thoại chính sách và truyền thông nhóm nhỏ tại khu công nghiệp, khu nhà trọ công nhân về điểm mới của Luật BHXH 2024 và hạn chế nhận BHXH một lần.',
    ],
    audienceCodes: ['3', '3.1', '2'],
    localityNames: ['Phường Nam Triệu', 'Phường Đông Hải'],
    budget: [
      { source: 'state_budget', amount: 120_000_000 },
      { source: 'bhxh_funds', amount: 80_000_000 },
    ],
    expected: [{ indicator: 'peopleReached', value: 15000, description: 'Lượt công nhân được tuyên truyền trực tiếp' }],
  },
  {
    org: { key: 'hnd' },
    title: 'Kế hoạch vận động hội viên nông dân tham gia BHXH tự nguyện, BHYT hộ gia đình năm 2027',
    year: 2027,
    status: 'draft',
    objectives: ['Lồng ghép tuyên truyền trong sinh hoạt chi hội; giới thiệu chính sách hỗ trợ mức đóng theo NQ 56/2025/NQ-HĐND.'],
    audienceCodes: ['4', '1.1'],
    localityNames: [],
    budget: [{ source: 'state_budget', amount: 60_000_000 }],
    expected: [{ indicator: 'bhxhVoluntary', value: 6.5, description: 'Tỷ lệ tham gia BHXH tự nguyện trong hội viên mục tiêu' }],
  },
  {
    org: { commune: 'Phường Thiên Hương' },
    title: 'Kế hoạch tuyên truyền phát triển người tham gia BHXH, BHYT phường Thiên Hương năm 2026',
    year: 2026,
    status: 'submitted',
    objectives: ['Tỷ lệ bao phủ BHYT trên 96,2% dân số; 100% học sinh tham gia BHYT; tuyên truyền qua loa truyền thanh và tổ trưởng tổ dân phố.'],
    audienceCodes: ['1', '5.2', '6'],
    localityNames: ['Phường Thiên Hương'],
    budget: [{ source: 'state_budget', amount: 25_000_000 }],
    expected: [{ indicator: 'bhytCoverage', value: 96.2, description: 'Tỷ lệ bao phủ BHYT trên địa bàn phường' }],
  },
]
