/**
 * The content library's starting set: standardized messages, Q&A and materials written for Loa
 * from the seed plans' facts (city targets, support resolutions 55, 56 and 57/2025, the 2024
 * Social Insurance Law, VssID, pensions through bank accounts). Where the plans give no figure
 * for a city support level, the text points to the resolution instead of quoting a number.
 * Article numbers are given only where certain; otherwise the document is cited as a whole.
 * Codes: audience groups '1'–'6' (audienceGroups.ts), themes ND1–ND5 and policy topics CS01–CS08,
 * channels K01–K16 (catalogue.ts); legal keys from legalDocuments.ts.
 */
import type { MaterialKind } from '../../domain/materials'

export type LegalRef = { document: string; article?: string }

type Classified = { key: string; audiences: string[]; topics: string[]; legal: LegalRef[] }

export type MessageSeed = Classified & { title: string; short: string; body: string[] }
export type QuestionSeed = Classified & { question: string; answer: string[] }
export type MaterialSeed = Classified & {
  kind: MaterialKind
  title: string
  summary: string
  body?: string[]
  messages: string[]
  channels: string[]
  image: { headline: string; lines: string[] }
}

const LAW = { document: 'luat-bhxh-2024' }
const BHYT = { document: 'luat-bhyt-2008' }
const BHYT_2024 = { document: 'luat-bhyt-sua-doi-2024' }
const NQ56 = { document: 'nq-56-2025' }
const NQ55 = { document: 'nq-55-2025' }
const NQ57 = { document: 'nq-57-2025' }
const NQ403 = { document: 'nq-403-cp-2025' }
const CT52 = { document: 'ct-52-tw-2025' }
const QD176 = { document: 'qd-176-bnv-2026' }
const QD1676 = { document: 'qd-1676-2019' }

export const MESSAGES: MessageSeed[] = [
  {
    key: 'tu-nguyen-luong-huu',
    title: 'Tham gia BHXH tự nguyện để có lương hưu khi về già',
    short: 'Đóng BHXH tự nguyện đủ 15 năm, đến tuổi nghỉ hưu bạn có lương hưu hằng tháng và thẻ BHYT miễn phí. Hỏi BHXH hoặc UBND xã, phường nơi bạn ở.',
    body: [
      'Luật Bảo hiểm xã hội năm 2024 (có hiệu lực từ 01/7/2025) giảm số năm đóng tối thiểu để hưởng lương hưu từ 20 năm xuống 15 năm.',
      'Người tham gia BHXH tự nguyện được chọn mức thu nhập làm căn cứ đóng và phương thức đóng phù hợp: hằng tháng, 3 tháng, 6 tháng, 12 tháng hoặc đóng một lần cho nhiều năm về sau.',
      'Khi hưởng lương hưu, người tham gia được cấp thẻ BHYT do quỹ BHXH đóng.',
    ],
    audiences: ['4', '1'],
    topics: ['ND3', 'CS01'],
    legal: [LAW],
  },
  {
    key: 'tu-nguyen-ho-tro-thanh-pho',
    title: 'Thành phố hỗ trợ thêm tiền đóng BHXH tự nguyện',
    short: 'Ngoài hỗ trợ của Nhà nước, Hải Phòng hỗ trợ thêm tiền đóng BHXH tự nguyện theo Nghị quyết 56/2025/NQ-HĐND. Đăng ký tại BHXH, UBND xã, phường.',
    body: [
      'Hội đồng nhân dân thành phố đã ban hành Nghị quyết số 56/2025/NQ-HĐND ngày 11/12/2025 về chính sách hỗ trợ thêm mức đóng BHXH cho người tham gia BHXH tự nguyện.',
      'Phần hỗ trợ của thành phố được cộng thêm vào phần Nhà nước hỗ trợ theo Luật Bảo hiểm xã hội, giúp người lao động tự do, nông dân, tiểu thương giảm số tiền phải đóng.',
      'Mức hỗ trợ cụ thể cho từng nhóm đối tượng được hướng dẫn tại điểm thu BHXH và UBND xã, phường, đặc khu.',
    ],
    audiences: ['4', '6'],
    topics: ['ND3', 'CS03'],
    legal: [NQ56, LAW],
  },
  {
    key: 'khong-rut-mot-lan',
    title: 'Cân nhắc kỹ trước khi rút BHXH một lần',
    short: 'Rút BHXH một lần là mất quyền lương hưu và thẻ BHYT khi về già. Hãy bảo lưu thời gian đóng để tiếp tục cộng nối khi đi làm lại.',
    body: [
      'Khi nghỉ việc, thời gian đã đóng BHXH được bảo lưu và cộng nối khi người lao động tiếp tục tham gia, kể cả chuyển sang BHXH tự nguyện.',
      'Nhận BHXH một lần đồng nghĩa với việc xóa toàn bộ thời gian đã đóng: mất cơ hội hưởng lương hưu, mất thẻ BHYT do quỹ BHXH đóng khi về già.',
      'Luật Bảo hiểm xã hội năm 2024 siết chặt điều kiện hưởng BHXH một lần và khuyến khích người lao động tham gia liên tục, lâu dài.',
    ],
    audiences: ['3', '5'],
    topics: ['ND2', 'CS05'],
    legal: [LAW],
  },
  {
    key: 'bhyt-ho-gia-dinh',
    title: 'Mua BHYT cho cả hộ gia đình để được giảm mức đóng',
    short: 'Cả hộ cùng tham gia BHYT thì từ người thứ hai trở đi được giảm tiền đóng. Thẻ BHYT giúp bạn yên tâm khi ốm đau.',
    body: [
      'Khi các thành viên trong hộ gia đình cùng tham gia BHYT, người thứ nhất đóng đủ mức, từ người thứ hai trở đi được giảm dần mức đóng theo quy định.',
      'Thẻ BHYT chi trả chi phí khám, chữa bệnh theo phạm vi quyền lợi, giảm gánh nặng khi gia đình có người ốm đau, nằm viện.',
      'Hải Phòng đặt mục tiêu tỷ lệ bao phủ BHYT đạt từ 95,5% dân số trở lên ngay từ năm 2026.',
    ],
    audiences: ['1', '4'],
    topics: ['ND3', 'CS04'],
    legal: [{ ...BHYT, article: 'Điều 13' }, BHYT_2024],
  },
  {
    key: 'bhyt-ho-tro-can-ngheo',
    title: 'Hộ cận nghèo, hộ nông nghiệp có mức sống trung bình được hỗ trợ tiền mua BHYT',
    short: 'Người thuộc hộ cận nghèo, hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình được ngân sách hỗ trợ tiền đóng BHYT. Hỏi UBND xã, phường để đăng ký.',
    body: [
      'Ngoài phần Nhà nước hỗ trợ theo Luật Bảo hiểm y tế, thành phố hỗ trợ thêm mức đóng BHYT cho các nhóm đối tượng trong giai đoạn 2026 – 2030 theo Nghị quyết số 55/2025/NQ-HĐND và Nghị quyết số 57/2025/NQ-HĐND ngày 11/12/2025.',
      'UBND xã, phường, đặc khu lập danh sách hộ gia đình thuộc diện được hỗ trợ; người dân chỉ cần đóng phần còn lại.',
    ],
    audiences: ['1', '4'],
    topics: ['ND3', 'CS04'],
    legal: [NQ55, NQ57, BHYT],
  },
  {
    key: 'doanh-nghiep-dong-du',
    title: 'Doanh nghiệp đóng đủ, đúng hạn BHXH cho người lao động',
    short: 'Đóng BHXH, BHYT, BHTN đủ và đúng hạn là nghĩa vụ của người sử dụng lao động và quyền lợi của người lao động. Chậm đóng, trốn đóng sẽ bị xử lý theo pháp luật.',
    body: [
      'Người sử dụng lao động có trách nhiệm đăng ký tham gia và đóng BHXH bắt buộc cho người lao động thuộc diện tham gia, trích tiền lương của người lao động để đóng cùng lúc.',
      'Chậm đóng, trốn đóng BHXH làm người lao động mất hoặc bị gián đoạn quyền lợi; doanh nghiệp phải nộp đủ số tiền chậm đóng, tiền lãi và có thể bị xử phạt hành chính hoặc truy cứu trách nhiệm hình sự.',
    ],
    audiences: ['2'],
    topics: ['ND4', 'CS06'],
    legal: [LAW],
  },
  {
    key: 'nld-kiem-tra-dong',
    title: 'Người lao động tự kiểm tra quá trình đóng BHXH trên VssID',
    short: 'Cài ứng dụng VssID để xem doanh nghiệp đã đóng BHXH cho bạn đủ chưa. Thấy thiếu, hãy báo ngay công đoàn hoặc cơ quan BHXH.',
    body: [
      'Ứng dụng VssID – Bảo hiểm xã hội số cho phép xem quá trình đóng BHXH, BHYT, BHTN theo từng tháng.',
      'Nếu thấy doanh nghiệp chưa đóng hoặc đóng thiếu, người lao động có quyền yêu cầu doanh nghiệp giải trình, báo công đoàn cơ sở hoặc cơ quan BHXH để được bảo vệ quyền lợi.',
    ],
    audiences: ['3'],
    topics: ['ND5', 'CS07', 'ND4'],
    legal: [LAW],
  },
  {
    key: 'vssid-the-bhyt',
    title: 'Dùng thẻ BHYT trên VssID hoặc căn cước để đi khám bệnh',
    short: 'Khi đi khám, chữa bệnh BHYT, bạn có thể xuất trình thẻ BHYT trên ứng dụng VssID hoặc thẻ căn cước gắn chip thay cho thẻ giấy.',
    body: [
      'Cơ sở khám, chữa bệnh tra cứu thông tin thẻ BHYT qua số định danh cá nhân; người bệnh không cần mang thẻ giấy.',
      'Ứng dụng VssID hiển thị hình ảnh thẻ BHYT, thời hạn sử dụng và lịch sử khám, chữa bệnh.',
    ],
    audiences: ['1', '5'],
    topics: ['ND5', 'CS07'],
    legal: [BHYT_2024, { document: 'nd-02-2025' }],
  },
  {
    key: 'luong-huu-atm',
    title: 'Nhận lương hưu, trợ cấp BHXH qua tài khoản ngân hàng',
    short: 'Nhận lương hưu qua tài khoản ngân hàng: tiền về đúng ngày, an toàn, không phải xếp hàng. Đăng ký tại BHXH hoặc bưu điện nơi đang nhận.',
    body: [
      'BHXH thành phố khuyến khích người hưởng lương hưu, trợ cấp BHXH hằng tháng chuyển sang nhận qua tài khoản cá nhân.',
      'Nhận qua tài khoản giúp tránh rủi ro khi cầm tiền mặt, chủ động thời gian rút tiền và dễ theo dõi.',
    ],
    audiences: ['1', '6'],
    topics: ['ND5', 'CS08'],
    legal: [LAW],
  },
  {
    key: 'sinh-vien-bhyt',
    title: 'Học sinh, sinh viên tham gia BHYT theo nhà trường',
    short: 'Học sinh, sinh viên bắt buộc tham gia BHYT và được Nhà nước hỗ trợ một phần tiền đóng. Tham gia qua nhà trường để không gián đoạn thẻ.',
    body: [
      'Học sinh, sinh viên thuộc nhóm được ngân sách Nhà nước hỗ trợ mức đóng BHYT; nhà trường tổ chức thu và cấp thẻ hằng năm.',
      'Thành phố đặt mục tiêu 100% học sinh tham gia BHYT.',
    ],
    audiences: ['5'],
    topics: ['ND3', 'CS02'],
    legal: [{ ...BHYT, article: 'Điều 12' }, BHYT_2024],
  },
  {
    key: 'sinh-vien-cuoi-khoa',
    title: 'Sinh viên sắp ra trường: hiểu quyền lợi BHXH trước khi ký hợp đồng',
    short: 'Đi làm theo hợp đồng từ đủ 1 tháng trở lên là thuộc diện đóng BHXH bắt buộc. Hãy hỏi rõ quyền lợi BHXH trước khi ký hợp đồng lao động.',
    body: [
      'Luật Bảo hiểm xã hội năm 2024 mở rộng đối tượng tham gia BHXH bắt buộc, trong đó có người làm việc theo hợp đồng lao động từ đủ 01 tháng trở lên.',
      'Đóng BHXH từ khi bắt đầu đi làm giúp bạn được hưởng ốm đau, thai sản, tai nạn lao động và tích lũy thời gian cho lương hưu.',
    ],
    audiences: ['5'],
    topics: ['ND2', 'CS01'],
    legal: [{ ...LAW, article: 'Điều 2' }],
  },
  {
    key: 'chu-ho-kinh-doanh',
    title: 'Chủ hộ kinh doanh có đăng ký tham gia BHXH bắt buộc',
    short: 'Từ 01/7/2025, chủ hộ kinh doanh có đăng ký kinh doanh thuộc diện tham gia BHXH bắt buộc theo Luật BHXH 2024. Liên hệ BHXH để được hướng dẫn.',
    body: [
      'Luật Bảo hiểm xã hội năm 2024 bổ sung chủ hộ kinh doanh của hộ kinh doanh có đăng ký kinh doanh vào nhóm tham gia BHXH bắt buộc theo lộ trình Chính phủ quy định.',
      'Tham gia BHXH bắt buộc giúp chủ hộ được hưởng các chế độ ốm đau, thai sản, hưu trí, tử tuất.',
    ],
    audiences: ['2', '4'],
    topics: ['ND2', 'CS01'],
    legal: [{ ...LAW, article: 'Điều 2' }],
  },
  {
    key: 'thai-san-tu-nguyen',
    title: 'Người tham gia BHXH tự nguyện được hưởng trợ cấp thai sản',
    short: 'Mới theo Luật BHXH 2024: lao động nữ đóng BHXH tự nguyện khi sinh con được trợ cấp thai sản. Tham gia sớm để được hưởng quyền lợi này.',
    body: [
      'Từ 01/7/2025, người tham gia BHXH tự nguyện được bổ sung chế độ trợ cấp thai sản khi sinh con, theo điều kiện Luật quy định.',
      'Đây là một trong những điểm mới giúp BHXH tự nguyện hấp dẫn hơn với lao động tự do, tiểu thương, nông dân.',
    ],
    audiences: ['4'],
    topics: ['ND2', 'CS01'],
    legal: [LAW],
  },
  {
    key: 'tro-cap-huu-tri-xa-hoi',
    title: 'Trợ cấp hưu trí xã hội cho người cao tuổi',
    short: 'Người từ đủ 75 tuổi không có lương hưu, trợ cấp BHXH hằng tháng được hưởng trợ cấp hưu trí xã hội và được cấp thẻ BHYT theo Luật BHXH 2024.',
    body: [
      'Luật Bảo hiểm xã hội năm 2024 lập trụ cột trợ cấp hưu trí xã hội cho người cao tuổi không có lương hưu; người từ đủ 70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo cũng thuộc diện hưởng theo điều kiện Luật quy định.',
      'Người cao tuổi nên liên hệ UBND xã, phường để được hướng dẫn hồ sơ.',
    ],
    audiences: ['1', '6'],
    topics: ['ND1', 'CS01'],
    legal: [LAW],
  },
  {
    key: 'an-sinh-tru-cot',
    title: 'BHXH, BHYT là trụ cột của hệ thống an sinh xã hội',
    short: 'BHXH, BHYT là chính sách lớn của Đảng và Nhà nước, bảo đảm an sinh cho mọi người dân. Tham gia hôm nay để an tâm ngày mai.',
    body: [
      'Chỉ thị số 52-CT/TW của Ban Bí thư đặt mục tiêu thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới; Nghị quyết số 403/NQ-CP giao chỉ tiêu phát triển đối tượng tham gia BHXH đến năm 2030.',
      'Hải Phòng phấn đấu đến năm 2030 có 62 – 63% lực lượng lao động trong độ tuổi tham gia BHXH.',
    ],
    audiences: ['1', '6'],
    topics: ['ND1'],
    legal: [CT52, NQ403],
  },
  {
    key: 'can-bo-guong-mau',
    title: 'Cán bộ, đảng viên gương mẫu tuyên truyền, vận động người thân tham gia BHXH, BHYT',
    short: 'Mỗi cán bộ, đảng viên là một tuyên truyền viên: vận động gia đình, người thân, hàng xóm tham gia BHXH tự nguyện và BHYT hộ gia đình.',
    body: [
      'Kế hoạch tuyên truyền giai đoạn 2026 – 2030 yêu cầu các cấp ủy, chính quyền, đoàn thể đưa chỉ tiêu phát triển người tham gia BHXH, BHYT vào đánh giá, xếp loại.',
      'Cán bộ, công chức, viên chức gương mẫu chấp hành và vận động người thân tham gia là cách tuyên truyền hiệu quả nhất ở cơ sở.',
    ],
    audiences: ['1'],
    topics: ['ND1'],
    legal: [QD176, CT52],
  },
  {
    key: 'truong-thon-van-dong',
    title: 'Trưởng thôn, tổ trưởng tổ dân phố: nắm từng hộ chưa có BHYT',
    short: 'Trưởng thôn, tổ trưởng TDP rà soát từng hộ chưa có thẻ BHYT, chưa tham gia BHXH, phối hợp BHXH xã, phường đến tận nhà tư vấn.',
    body: [
      'Lực lượng ở cơ sở hiểu rõ từng hộ gia đình nên là cầu nối quan trọng để đưa chính sách đến người dân.',
      'Danh sách hộ chưa tham gia được cập nhật hằng quý, kết hợp buổi họp thôn, tổ dân phố để phổ biến chính sách hỗ trợ mức đóng của thành phố.',
    ],
    audiences: ['6'],
    topics: ['ND5', 'ND3'],
    legal: [QD176, NQ55, NQ56],
  },
  {
    key: 'tuyen-truyen-vien-dung-thong-diep',
    title: 'Tuyên truyền viên dùng thống nhất thông điệp chuẩn hóa',
    short: 'Dùng đúng thông điệp, tài liệu do BHXH thành phố ban hành để người dân nhận thông tin chính xác, thống nhất.',
    body: [
      'Đề án đổi mới toàn diện công tác tuyên truyền BHXH yêu cầu nội dung tuyên truyền chính xác, ngắn gọn, dễ hiểu, phù hợp từng nhóm đối tượng.',
      'Thông điệp, tài liệu được cập nhật kịp thời khi chính sách thay đổi; tuyên truyền viên nên tải bản mới nhất trên trang Loa.',
    ],
    audiences: ['6'],
    topics: ['ND1', 'ND5'],
    legal: [QD1676, QD176],
  },
  {
    key: 'tron-dong-hau-qua',
    title: 'Trốn đóng BHXH, BHYT: thiệt cho người lao động, vi phạm pháp luật',
    short: 'Trốn đóng, chậm đóng BHXH làm người lao động mất quyền lợi ốm đau, thai sản, lương hưu. Phát hiện vi phạm, hãy báo công đoàn hoặc BHXH.',
    body: [
      'Người lao động có quyền được biết thông tin về việc đóng BHXH của mình và yêu cầu người sử dụng lao động cung cấp.',
      'Hành vi trốn đóng BHXH, BHYT, BHTN bị xử lý nghiêm theo quy định của pháp luật.',
    ],
    audiences: ['3', '2'],
    topics: ['ND4', 'CS06'],
    legal: [LAW],
  },
  {
    key: 'dich-vu-cong',
    title: 'Làm thủ tục BHXH, BHYT trực tuyến, không phải đến cơ quan',
    short: 'Nhiều thủ tục BHXH, BHYT làm được trên Cổng dịch vụ công và ứng dụng VssID, VNeID: nhanh, tiện, không mất công đi lại.',
    body: [
      'Người dân có thể gia hạn thẻ BHYT hộ gia đình, đóng BHXH tự nguyện, tra cứu quá trình đóng và nhiều thủ tục khác trực tuyến.',
      'Cán bộ BHXH xã, phường và tổ công nghệ số cộng đồng sẵn sàng hướng dẫn người dân cài đặt, sử dụng.',
    ],
    audiences: ['1', '5', '6'],
    topics: ['ND5', 'CS07'],
    legal: [QD176],
  },
  {
    key: 'bhyt-nguoi-cao-tuoi-60-70',
    title: 'Người từ 60 đến dưới 70 tuổi chưa có lương hưu: đừng để thiếu thẻ BHYT',
    short: 'Người từ đủ 60 đến dưới 70 tuổi chưa có lương hưu nên tham gia BHYT hộ gia đình để được chi trả khi ốm đau. Hỏi UBND xã, phường về chính sách hỗ trợ.',
    body: [
      'Đây là nhóm tuổi dễ mắc bệnh mãn tính nhưng chưa thuộc diện được cấp thẻ BHYT miễn phí.',
      // Seed 000: NQ 05/2024 supported this group's contributions until 31/12/2025; seed 002 names the 2026–2030 resolutions.
      'Thành phố đã hỗ trợ mức đóng BHYT cho nhóm này theo Nghị quyết 05/2024/NQ-HĐND đến hết ngày 31/12/2025. Từ năm 2026, chính sách hỗ trợ mức đóng BHYT theo Nghị quyết 55/2025/NQ-HĐND và 57/2025/NQ-HĐND: hỏi UBND xã, phường hoặc BHXH để biết mình có thuộc diện được hỗ trợ; tham gia BHYT hộ gia đình là cách bảo vệ sức khỏe tốt nhất.',
    ],
    audiences: ['1'],
    topics: ['ND3', 'CS04'],
    legal: [BHYT, NQ57],
  },
]

export const QUESTIONS: QuestionSeed[] = [
  {
    key: 'q-tu-nguyen-la-gi',
    question: 'Bảo hiểm xã hội tự nguyện là gì? Ai được tham gia?',
    answer: [
      'BHXH tự nguyện là loại hình BHXH do Nhà nước tổ chức, người tham gia được lựa chọn mức đóng và phương thức đóng phù hợp với thu nhập của mình.',
      'Công dân Việt Nam từ đủ 15 tuổi trở lên, không thuộc diện tham gia BHXH bắt buộc, đều có thể tham gia: lao động tự do, nông dân, tiểu thương, người làm việc không có hợp đồng lao động.',
    ],
    audiences: ['4'],
    topics: ['ND2', 'CS01'],
    legal: [{ ...LAW, article: 'Điều 2' }],
  },
  {
    key: 'q-tu-nguyen-bao-nhieu-nam',
    question: 'Tôi đóng BHXH tự nguyện được bao nhiêu năm thì có lương hưu?',
    answer: [
      'Theo Luật Bảo hiểm xã hội năm 2024, người tham gia có đủ 15 năm đóng BHXH trở lên và đủ tuổi nghỉ hưu theo quy định thì được hưởng lương hưu hằng tháng.',
      'Trước đây điều kiện là 20 năm; việc giảm xuống 15 năm giúp nhiều người tham gia muộn vẫn có cơ hội hưởng lương hưu.',
    ],
    audiences: ['4'],
    topics: ['ND2', 'CS01'],
    legal: [LAW],
  },
  {
    key: 'q-tu-nguyen-muc-dong',
    question: 'Mức đóng bảo hiểm xã hội tự nguyện thấp nhất là bao nhiêu?',
    answer: [
      'Mức đóng hằng tháng bằng 22% mức thu nhập do người tham gia tự chọn; mức thu nhập thấp nhất bằng chuẩn hộ nghèo khu vực nông thôn, cao nhất bằng 20 lần mức tham chiếu.',
      'Người tham gia được Nhà nước hỗ trợ một phần tiền đóng và được thành phố hỗ trợ thêm theo Nghị quyết số 56/2025/NQ-HĐND, nên số tiền thực đóng thấp hơn.',
    ],
    audiences: ['4'],
    topics: ['ND3', 'CS03'],
    legal: [LAW, NQ56],
  },
  {
    key: 'q-tu-nguyen-ho-tro-tp',
    question: 'Hải Phòng hỗ trợ thêm tiền đóng BHXH tự nguyện cho những ai?',
    answer: [
      'Theo Nghị quyết số 56/2025/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân dân thành phố, người tham gia BHXH tự nguyện trên địa bàn thành phố được ngân sách thành phố hỗ trợ thêm mức đóng, ngoài phần hỗ trợ của Nhà nước.',
      'Mức hỗ trợ cụ thể theo từng nhóm (hộ nghèo, hộ cận nghèo, các đối tượng khác) được niêm yết tại UBND xã, phường, đặc khu và các điểm thu BHXH.',
    ],
    audiences: ['4', '6'],
    topics: ['ND3', 'CS03'],
    legal: [NQ56],
  },
  {
    key: 'q-tu-nguyen-dong-mot-lan',
    question: 'Tôi đã lớn tuổi, có thể đóng BHXH tự nguyện một lần cho những năm còn thiếu không?',
    answer: [
      'Người tham gia BHXH tự nguyện đã đủ tuổi nghỉ hưu nhưng còn thiếu thời gian đóng (không quá số năm Luật cho phép) được đóng một lần cho số năm còn thiếu để đủ điều kiện hưởng lương hưu.',
      'Hãy mang giấy tờ tùy thân đến cơ quan BHXH hoặc điểm thu để được tính cụ thể số tiền.',
    ],
    audiences: ['4', '1'],
    topics: ['ND2', 'CS01'],
    legal: [LAW],
  },
  {
    key: 'q-rut-mot-lan-thiet',
    question: 'Rút BHXH một lần có thiệt không?',
    answer: [
      'Có. Khi nhận BHXH một lần, toàn bộ thời gian đã đóng bị xóa: bạn mất cơ hội hưởng lương hưu hằng tháng và thẻ BHYT do quỹ BHXH đóng khi về già.',
      'Nếu tạm nghỉ việc, hãy bảo lưu thời gian đóng; khi đi làm lại hoặc tham gia BHXH tự nguyện, thời gian này được cộng nối.',
    ],
    audiences: ['3', '4'],
    topics: ['ND3', 'CS05'],
    legal: [LAW],
  },
  {
    key: 'q-rut-mot-lan-dieu-kien',
    question: 'Luật BHXH 2024 quy định điều kiện rút BHXH một lần thế nào?',
    answer: [
      'Luật Bảo hiểm xã hội năm 2024 thu hẹp các trường hợp được hưởng BHXH một lần. Với người bắt đầu đóng BHXH từ ngày 01/7/2025, chỉ một số trường hợp đặc biệt (ra nước ngoài định cư, mắc bệnh hiểm nghèo…) mới được rút một lần.',
      'Người đã đóng trước ngày 01/7/2025 được rút khi đủ điều kiện theo quy định chuyển tiếp, trong đó có điều kiện sau 12 tháng không tiếp tục đóng và chưa đủ 20 năm đóng.',
    ],
    audiences: ['3'],
    topics: ['ND2', 'CS05'],
    legal: [LAW],
  },
  {
    key: 'q-bao-luu',
    question: 'Nghỉ việc ở công ty thì thời gian đóng BHXH có bị mất không?',
    answer: [
      'Không. Thời gian đóng BHXH được bảo lưu. Khi bạn làm việc ở nơi khác hoặc tham gia BHXH tự nguyện, thời gian đóng được cộng nối để tính hưởng các chế độ, trong đó có lương hưu.',
    ],
    audiences: ['3'],
    topics: ['ND2', 'CS05'],
    legal: [LAW],
  },
  {
    key: 'q-bhyt-ho-gia-dinh-giam',
    question: 'Mua BHYT hộ gia đình được giảm tiền thế nào?',
    answer: [
      'Khi các thành viên trong hộ cùng tham gia trong năm tài chính, người thứ nhất đóng bằng 4,5% mức lương cơ sở; người thứ hai, thứ ba, thứ tư đóng lần lượt bằng 70%, 60%, 50% mức đóng của người thứ nhất; từ người thứ năm trở đi đóng bằng 40%.',
      'Đăng ký tại điểm thu BHYT ở xã, phường hoặc gia hạn trực tuyến trên Cổng dịch vụ công, ứng dụng VssID.',
    ],
    audiences: ['1', '4'],
    topics: ['ND3', 'CS04'],
    legal: [{ ...BHYT, article: 'Điều 13' }, { document: 'nd-146-2018' }],
  },
  {
    key: 'q-bhyt-can-ngheo',
    question: 'Tôi thuộc hộ cận nghèo thì được hỗ trợ mua thẻ BHYT không?',
    answer: [
      'Có. Người thuộc hộ gia đình cận nghèo được ngân sách Nhà nước hỗ trợ tiền đóng BHYT; Hải Phòng hỗ trợ thêm theo Nghị quyết số 55/2025/NQ-HĐND và Nghị quyết số 57/2025/NQ-HĐND giai đoạn 2026 – 2030.',
      'UBND xã, phường lập danh sách hộ cận nghèo; bạn liên hệ cán bộ chính sách hoặc trưởng thôn, tổ trưởng tổ dân phố để được hướng dẫn.',
    ],
    audiences: ['1', '6'],
    topics: ['ND3', 'CS04'],
    legal: [NQ55, NQ57, BHYT],
  },
  {
    key: 'q-bhyt-nong-nghiep',
    question: 'Hộ làm nông, ngư nghiệp có mức sống trung bình có được hỗ trợ BHYT không?',
    answer: [
      'Có. Người thuộc hộ gia đình làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình được ngân sách hỗ trợ một phần tiền đóng BHYT; thành phố hỗ trợ thêm theo các nghị quyết của Hội đồng nhân dân thành phố năm 2025.',
    ],
    audiences: ['4'],
    topics: ['ND3', 'CS04'],
    legal: [NQ55, NQ57],
  },
  {
    key: 'q-the-bhyt-mat',
    question: 'Thẻ BHYT bị mất thì đi khám bệnh thế nào?',
    answer: [
      'Bạn không cần thẻ giấy: khi khám, chữa bệnh, xuất trình thẻ căn cước gắn chip hoặc hình ảnh thẻ BHYT trên ứng dụng VssID, VNeID. Cơ sở y tế tra cứu thẻ qua số định danh cá nhân.',
    ],
    audiences: ['1'],
    topics: ['ND5', 'CS07'],
    legal: [BHYT_2024, { document: 'nd-02-2025' }],
  },
  {
    key: 'q-vssid-cai-dat',
    question: 'Cài ứng dụng VssID như thế nào?',
    answer: [
      'Tải ứng dụng VssID – Bảo hiểm xã hội số trên kho ứng dụng của điện thoại. Đăng nhập bằng tài khoản định danh điện tử VNeID hoặc đăng ký tài khoản giao dịch điện tử với cơ quan BHXH.',
      'Sau khi đăng nhập, bạn xem được quá trình đóng BHXH, thẻ BHYT, lịch sử khám chữa bệnh và làm một số thủ tục trực tuyến.',
    ],
    audiences: ['5', '3'],
    topics: ['ND5', 'CS07'],
    legal: [QD176],
  },
  {
    key: 'q-vssid-tra-cuu',
    question: 'Làm sao biết công ty có đóng BHXH cho tôi không?',
    answer: [
      'Mở ứng dụng VssID, vào mục Quá trình tham gia để xem từng tháng đã đóng BHXH, BHYT, BHTN. Bạn cũng có thể tra cứu trên Cổng thông tin của BHXH Việt Nam.',
      'Nếu phát hiện công ty không đóng hoặc đóng thiếu, hãy báo công đoàn cơ sở hoặc cơ quan BHXH nơi công ty đóng.',
    ],
    audiences: ['3'],
    topics: ['ND4', 'CS07'],
    legal: [LAW],
  },
  {
    key: 'q-cong-ty-cham-dong',
    question: 'Công ty chậm đóng BHXH thì quyền lợi của tôi có bị ảnh hưởng không?',
    answer: [
      'Có thể. Khi công ty chậm đóng, việc xác nhận thời gian đóng và giải quyết chế độ có thể bị gián đoạn. Luật BHXH năm 2024 quy định trách nhiệm của người sử dụng lao động phải đóng đủ số tiền chậm đóng và tiền lãi.',
      'Luật cũng có quy định bảo vệ quyền hưởng chế độ của người lao động trong thời gian doanh nghiệp chậm đóng; hãy liên hệ cơ quan BHXH để được hướng dẫn cụ thể.',
    ],
    audiences: ['3', '2'],
    topics: ['ND4', 'CS06'],
    legal: [LAW],
  },
  {
    key: 'q-tron-dong-xu-ly',
    question: 'Doanh nghiệp trốn đóng BHXH bị xử lý ra sao?',
    answer: [
      'Doanh nghiệp trốn đóng phải nộp đủ số tiền trốn đóng, tiền lãi; bị xử phạt vi phạm hành chính và có thể bị truy cứu trách nhiệm hình sự theo Bộ luật Hình sự.',
      'Luật BHXH năm 2024 phân biệt rõ hành vi chậm đóng và trốn đóng, kèm các biện pháp xử lý tương ứng.',
    ],
    audiences: ['2'],
    topics: ['ND4', 'CS06'],
    legal: [LAW],
  },
  {
    key: 'q-hop-dong-1-thang',
    question: 'Tôi ký hợp đồng lao động 2 tháng thì có phải đóng BHXH bắt buộc không?',
    answer: [
      'Có. Theo Luật Bảo hiểm xã hội năm 2024, người làm việc theo hợp đồng lao động có thời hạn từ đủ 01 tháng trở lên thuộc diện tham gia BHXH bắt buộc.',
    ],
    audiences: ['3', '5'],
    topics: ['ND2', 'CS01'],
    legal: [{ ...LAW, article: 'Điều 2' }],
  },
  {
    key: 'q-chu-ho-kinh-doanh',
    question: 'Chủ hộ kinh doanh có phải đóng BHXH bắt buộc không?',
    answer: [
      'Luật Bảo hiểm xã hội năm 2024 bổ sung chủ hộ kinh doanh của hộ kinh doanh có đăng ký kinh doanh vào nhóm tham gia BHXH bắt buộc, theo lộ trình do Chính phủ quy định.',
      'Chủ hộ kinh doanh chưa thuộc diện bắt buộc vẫn có thể tham gia BHXH tự nguyện và được hỗ trợ tiền đóng.',
    ],
    audiences: ['2', '4'],
    topics: ['ND2', 'CS01'],
    legal: [{ ...LAW, article: 'Điều 2' }, NQ56],
  },
  {
    key: 'q-thai-san-tu-nguyen',
    question: 'Đóng BHXH tự nguyện có được hưởng thai sản không?',
    answer: [
      'Có. Từ ngày 01/7/2025, lao động nữ tham gia BHXH tự nguyện khi sinh con được hưởng trợ cấp thai sản nếu đáp ứng điều kiện về thời gian đóng theo Luật quy định.',
    ],
    audiences: ['4'],
    topics: ['ND2', 'CS01'],
    legal: [LAW],
  },
  {
    key: 'q-huu-tri-xa-hoi',
    question: 'Bố mẹ tôi trên 75 tuổi, không có lương hưu thì được hỗ trợ gì?',
    answer: [
      'Theo Luật Bảo hiểm xã hội năm 2024, người từ đủ 75 tuổi trở lên không hưởng lương hưu, trợ cấp BHXH hằng tháng được hưởng trợ cấp hưu trí xã hội hằng tháng (trừ trường hợp có lương hưu hoặc trợ cấp khác theo quy định) và được ngân sách đóng BHYT.',
      'Người từ đủ 70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo cũng thuộc diện hưởng. Liên hệ UBND xã, phường để làm hồ sơ.',
    ],
    audiences: ['1'],
    topics: ['ND1', 'CS01'],
    legal: [LAW],
  },
  {
    key: 'q-luong-huu-atm',
    question: 'Nhận lương hưu qua tài khoản ngân hàng có lợi gì?',
    answer: [
      'Tiền lương hưu được chuyển vào tài khoản đúng lịch, bạn không phải xếp hàng tại điểm chi trả, tránh rủi ro mất tiền mặt và có thể rút tiền bất cứ lúc nào.',
      'Đăng ký chuyển sang nhận qua tài khoản tại cơ quan BHXH hoặc điểm chi trả bưu điện nơi bạn đang nhận.',
    ],
    audiences: ['1'],
    topics: ['ND5', 'CS08'],
    legal: [LAW],
  },
  {
    key: 'q-luong-huu-uy-quyen',
    question: 'Người cao tuổi không tự đi rút tiền được thì nhận lương hưu qua tài khoản thế nào?',
    answer: [
      'Người hưởng có thể đăng ký tài khoản mang tên mình và nhờ người thân hỗ trợ rút tiền qua thẻ, hoặc làm giấy ủy quyền nhận thay theo quy định. Cán bộ BHXH, bưu điện sẽ hướng dẫn thủ tục phù hợp.',
    ],
    audiences: ['1', '6'],
    topics: ['ND5', 'CS08'],
    legal: [LAW],
  },
  {
    key: 'q-sinh-vien-bhyt',
    question: 'Sinh viên có bắt buộc mua thẻ BHYT không? Được hỗ trợ bao nhiêu?',
    answer: [
      'Có. Học sinh, sinh viên thuộc nhóm bắt buộc tham gia BHYT và được ngân sách Nhà nước hỗ trợ ít nhất 30% mức đóng; nhà trường tổ chức thu và cấp thẻ hằng năm.',
      'Nếu đã có thẻ BHYT theo nhóm khác (ví dụ hộ nghèo, con thương binh), sinh viên không phải mua thêm.',
    ],
    audiences: ['5'],
    topics: ['ND3', 'CS02'],
    legal: [{ ...BHYT, article: 'Điều 12' }, { document: 'nd-146-2018' }],
  },
  {
    key: 'q-sinh-vien-lam-them',
    question: 'Sinh viên đi làm thêm có được đóng BHXH không?',
    answer: [
      'Nếu làm việc theo hợp đồng lao động từ đủ 01 tháng trở lên, bạn thuộc diện đóng BHXH bắt buộc. Nếu làm việc tự do, không có hợp đồng, bạn có thể tham gia BHXH tự nguyện để bắt đầu tích lũy thời gian đóng sớm.',
    ],
    audiences: ['5'],
    topics: ['ND3', 'CS01'],
    legal: [{ ...LAW, article: 'Điều 2' }],
  },
  {
    key: 'q-nguoi-su-dung-bao-tang',
    question: 'Doanh nghiệp mới tuyển lao động thì báo tăng BHXH trong bao lâu?',
    answer: [
      'Người sử dụng lao động phải lập hồ sơ đăng ký tham gia BHXH cho người lao động trong thời hạn Luật quy định kể từ ngày giao kết hợp đồng, và có thể nộp hồ sơ điện tử qua Cổng dịch vụ công.',
      'Đăng ký đúng hạn giúp người lao động được hưởng quyền lợi ngay và doanh nghiệp tránh bị xử lý chậm đóng.',
    ],
    audiences: ['2'],
    topics: ['ND2', 'ND5'],
    legal: [LAW],
  },
  {
    key: 'q-chi-tieu-thanh-pho',
    question: 'Hải Phòng đặt mục tiêu gì về BHXH, BHYT giai đoạn 2026 – 2030?',
    answer: [
      'Năm 2026: tỷ lệ bao phủ BHYT đạt từ 95,5% dân số trở lên; tỷ lệ lao động tham gia BHXH đạt từ 56,8% lực lượng lao động trong độ tuổi (bắt buộc 50,6%, tự nguyện 6,2%); tham gia BHTN 49%.',
      'Đến năm 2030: tỷ lệ lao động tham gia BHXH đạt 62 – 63% lực lượng lao động trong độ tuổi.',
    ],
    audiences: ['1', '6'],
    topics: ['ND1'],
    legal: [NQ403, QD176],
  },
  {
    key: 'q-vai-tro-tuyen-truyen-vien',
    question: 'Tuyên truyền viên, cộng tác viên ở cơ sở cần làm gì?',
    answer: [
      'Nắm danh sách hộ, người chưa tham gia BHXH, BHYT trên địa bàn; dùng thông điệp, tờ gấp, sổ tay hỏi – đáp do BHXH thành phố ban hành để tư vấn tận nhà hoặc tại buổi họp thôn, tổ dân phố.',
      'Ghi nhận câu hỏi, ý kiến của người dân và báo lại để cơ quan BHXH giải đáp kịp thời.',
    ],
    audiences: ['6'],
    topics: ['ND5', 'ND1'],
    legal: [QD1676, QD176],
  },
  {
    key: 'q-tai-lieu-o-dau',
    question: 'Lấy tài liệu tuyên truyền BHXH, BHYT chính thức ở đâu?',
    answer: [
      'Thông điệp, infographic, tờ gấp, video và sổ tay hỏi – đáp đã được BHXH thành phố duyệt được đăng trên trang Loa và có thể tải về miễn phí. Khi chính sách thay đổi, tài liệu cũ được thay bằng bản mới.',
    ],
    audiences: ['6', '1'],
    topics: ['ND5'],
    legal: [QD1676],
  },
  {
    key: 'q-bhyt-toan-dan',
    question: 'Vì sao Nhà nước khuyến khích mọi người tham gia BHYT?',
    answer: [
      'BHYT là chính sách xã hội mang ý nghĩa nhân đạo và chia sẻ cộng đồng: người khỏe hỗ trợ người ốm. Chỉ thị số 52-CT/TW của Ban Bí thư đặt mục tiêu bảo hiểm y tế toàn dân trong giai đoạn mới.',
      'Có thẻ BHYT, người dân được quỹ chi trả chi phí khám, chữa bệnh theo quyền lợi, tránh rơi vào nghèo vì bệnh tật.',
    ],
    audiences: ['1', '4'],
    topics: ['ND1', 'CS02'],
    legal: [CT52, BHYT],
  },
  {
    key: 'q-bhyt-tham-gia-lien-tuc',
    question: 'Tham gia BHYT liên tục 5 năm có quyền lợi gì thêm?',
    answer: [
      'Người có thời gian tham gia BHYT 5 năm liên tục trở lên và có số tiền cùng chi trả trong năm vượt mức Luật quy định thì được quỹ BHYT thanh toán phần vượt khi đi khám, chữa bệnh đúng quy định. Vì vậy nên gia hạn thẻ đúng hạn, tránh gián đoạn.',
    ],
    audiences: ['1', '4'],
    topics: ['ND3', 'CS02'],
    legal: [{ ...BHYT, article: 'Điều 22' }],
  },
  {
    key: 'q-chinh-sach-dang',
    question: 'Chủ trương của Đảng về BHXH, BHYT giai đoạn tới là gì?',
    answer: [
      'Đảng xác định BHXH, BHYT là trụ cột của hệ thống an sinh xã hội; phấn đấu mở rộng độ bao phủ, hướng tới BHXH toàn dân và BHYT toàn dân. Chỉ thị số 52-CT/TW năm 2025 của Ban Bí thư tiếp tục khẳng định mục tiêu BHYT toàn dân trong giai đoạn mới.',
    ],
    audiences: ['1', '6'],
    topics: ['ND1'],
    legal: [CT52, { document: 'kh-20-tu-2025' }],
  },
  {
    key: 'q-nong-dan-chon-muc',
    question: 'Nông dân thu nhập không đều thì đóng BHXH tự nguyện thế nào cho phù hợp?',
    answer: [
      'Bạn được chọn mức thu nhập làm căn cứ đóng thấp nhất bằng chuẩn hộ nghèo khu vực nông thôn và chọn phương thức đóng hằng tháng, 3 tháng, 6 tháng, 12 tháng hoặc một lần cho nhiều năm về sau, phù hợp mùa vụ.',
      'Có thể thay đổi mức thu nhập và phương thức đóng khi hoàn cảnh thay đổi.',
    ],
    audiences: ['4'],
    topics: ['ND3', 'CS03'],
    legal: [LAW],
  },
]

export const MATERIALS: MaterialSeed[] = [
  {
    key: 'infographic-tu-nguyen',
    kind: 'infographic',
    title: 'Infographic: BHXH tự nguyện – 5 điều cần biết',
    summary: 'Ai được tham gia, đóng bao nhiêu, được hỗ trợ thế nào và hưởng quyền lợi gì khi tham gia BHXH tự nguyện.',
    messages: ['tu-nguyen-luong-huu', 'tu-nguyen-ho-tro-thanh-pho'],
    audiences: ['4'],
    topics: ['ND3', 'CS03'],
    channels: ['K13', 'K06'],
    legal: [LAW, NQ56],
    image: {
      headline: 'BHXH tự nguyện – 5 điều cần biết',
      lines: ['Đóng đủ 15 năm để có lương hưu', 'Tự chọn mức đóng, cách đóng', 'Nhà nước và thành phố hỗ trợ tiền đóng', 'Có trợ cấp thai sản từ 01/7/2025', 'Có thẻ BHYT khi hưởng lương hưu'],
    },
  },
  {
    key: 'to-gap-bhyt-ho-gia-dinh',
    kind: 'leaflet',
    title: 'Tờ gấp: BHYT hộ gia đình – cả nhà cùng an tâm',
    summary: 'Cách mua BHYT cho cả hộ, mức giảm từ người thứ hai và chính sách hỗ trợ của thành phố giai đoạn 2026 – 2030.',
    messages: ['bhyt-ho-gia-dinh', 'bhyt-ho-tro-can-ngheo'],
    audiences: ['1', '4'],
    topics: ['ND3', 'CS04'],
    channels: ['K12', 'K09'],
    legal: [BHYT, NQ55, NQ57],
    image: {
      headline: 'BHYT hộ gia đình – cả nhà cùng an tâm',
      lines: ['Từ người thứ hai giảm dần mức đóng', 'Hộ cận nghèo được hỗ trợ thêm', 'Gia hạn trực tuyến trên VssID'],
    },
  },
  {
    key: 'so-tay-hoi-dap',
    kind: 'handbook',
    title: 'Sổ tay hỏi – đáp chính sách BHXH, BHYT năm 2026',
    summary: 'Những câu hỏi người dân, người lao động hỏi nhiều nhất về Luật BHXH 2024, BHYT và chính sách hỗ trợ của Hải Phòng.',
    messages: ['khong-rut-mot-lan', 'tu-nguyen-luong-huu', 'bhyt-ho-gia-dinh'],
    audiences: ['1', '3', '4', '6'],
    topics: ['ND2', 'ND3'],
    channels: ['K15', 'K16'],
    legal: [LAW, BHYT_2024],
    image: {
      headline: 'Sổ tay hỏi – đáp BHXH, BHYT 2026',
      lines: ['30 câu hỏi thường gặp', 'Luật BHXH 2024: những điểm mới', 'Chính sách hỗ trợ của thành phố'],
    },
  },
  {
    key: 'poster-rut-mot-lan',
    kind: 'poster',
    title: 'Áp phích: Đừng rút BHXH một lần – giữ lương hưu cho mai sau',
    summary: 'Áp phích khổ A3 dán tại khu công nghiệp, khu nhà trọ công nhân.',
    messages: ['khong-rut-mot-lan'],
    audiences: ['3'],
    topics: ['ND3', 'CS05'],
    channels: ['K12'],
    legal: [LAW],
    image: {
      headline: 'Giữ thời gian đóng – giữ lương hưu',
      lines: ['Rút một lần là mất lương hưu', 'Bảo lưu để cộng nối khi đi làm lại'],
    },
  },
  {
    key: 'video-vssid',
    kind: 'video',
    title: 'Video ngắn: Cài và dùng ứng dụng VssID trong 2 phút',
    summary: 'Hướng dẫn từng bước cài ứng dụng VssID, đăng nhập bằng VNeID, xem quá trình đóng và thẻ BHYT.',
    messages: ['nld-kiem-tra-dong', 'vssid-the-bhyt'],
    audiences: ['5', '3'],
    topics: ['ND5', 'CS07'],
    channels: ['K14', 'K06'],
    legal: [QD176],
    image: {
      headline: 'VssID trong 2 phút',
      lines: ['Tải ứng dụng, đăng nhập bằng VNeID', 'Xem quá trình đóng BHXH', 'Dùng thẻ BHYT trên điện thoại'],
    },
  },
  {
    key: 'kich-ban-loa-bhyt',
    kind: 'script',
    title: 'Kịch bản phát thanh loa cơ sở: Gia hạn thẻ BHYT hộ gia đình',
    summary: 'Bài phát thanh 2 phút cho hệ thống truyền thanh cơ sở, phát vào đầu tháng gia hạn thẻ BHYT.',
    body: [
      'Kính thưa bà con! Thẻ BHYT hộ gia đình của nhiều hộ trong thôn, tổ dân phố sắp hết hạn. Bà con nhớ gia hạn đúng hạn để không bị gián đoạn quyền lợi khi ốm đau, nằm viện.',
      'Khi cả hộ cùng tham gia, từ người thứ hai trở đi được giảm tiền đóng. Hộ cận nghèo, hộ làm nông, ngư nghiệp có mức sống trung bình được Nhà nước và thành phố hỗ trợ thêm.',
      'Bà con có thể gia hạn tại điểm thu ở UBND xã, phường hoặc ngay trên điện thoại qua ứng dụng VssID. Mọi thắc mắc xin liên hệ cán bộ BHXH hoặc trưởng thôn, tổ trưởng tổ dân phố.',
    ],
    messages: ['bhyt-ho-gia-dinh', 'bhyt-ho-tro-can-ngheo'],
    audiences: ['4', '6'],
    topics: ['ND3', 'CS04'],
    channels: ['K05', 'K02'],
    legal: [BHYT, NQ55, NQ57],
    image: {
      headline: 'Loa truyền thanh: gia hạn thẻ BHYT',
      lines: ['Bài phát 2 phút', 'Phát đầu tháng, nhắc lại cuối tuần'],
    },
  },
  {
    key: 'bai-viet-chi-tieu',
    kind: 'article',
    title: 'Bài viết: Hải Phòng đặt mục tiêu 62 – 63% lao động tham gia BHXH vào năm 2030',
    summary: 'Các chỉ tiêu BHXH, BHYT của thành phố giai đoạn 2026 – 2030 và vai trò của từng cơ quan, đoàn thể, địa phương.',
    body: [
      'Thực hiện Nghị quyết số 403/NQ-CP của Chính phủ, thành phố đặt mục tiêu năm 2026 tỷ lệ bao phủ BHYT đạt từ 95,5% dân số trở lên, tỷ lệ lao động tham gia BHXH đạt từ 56,8% lực lượng lao động trong độ tuổi.',
      'Đến năm 2030, tỷ lệ này đạt 62 – 63%. Các sở, ngành, đoàn thể và UBND các xã, phường, đặc khu đưa chỉ tiêu vào kế hoạch hằng năm và báo cáo kết quả 6 tháng, hằng năm.',
    ],
    messages: ['an-sinh-tru-cot'],
    audiences: ['1', '6'],
    topics: ['ND1'],
    channels: ['K01', 'K04'],
    legal: [NQ403, QD176],
    image: {
      headline: 'Mục tiêu BHXH, BHYT 2026 – 2030',
      lines: ['BHYT: từ 95,5% dân số (2026)', 'BHXH: từ 56,8% lao động (2026)', 'BHXH: 62 – 63% lao động (2030)'],
    },
  },
  {
    key: 'slide-doanh-nghiep',
    kind: 'slides',
    title: 'Bài trình chiếu: Trách nhiệm đóng BHXH của doanh nghiệp theo Luật BHXH 2024',
    summary: 'Dùng tại hội nghị đối thoại với doanh nghiệp: đối tượng tham gia mới, chậm đóng, trốn đóng và chế tài.',
    messages: ['doanh-nghiep-dong-du', 'tron-dong-hau-qua', 'chu-ho-kinh-doanh'],
    audiences: ['2'],
    topics: ['ND4', 'ND2', 'CS06'],
    channels: ['K07', 'K08'],
    legal: [LAW],
    image: {
      headline: 'Doanh nghiệp và Luật BHXH 2024',
      lines: ['Mở rộng đối tượng tham gia bắt buộc', 'Chậm đóng, trốn đóng: phân biệt và chế tài', 'Đăng ký, báo tăng trực tuyến'],
    },
  },
  {
    key: 'infographic-sinh-vien',
    kind: 'infographic',
    title: 'Infographic: Sinh viên và BHXH, BHYT – hành trang trước khi đi làm',
    summary: 'Thẻ BHYT sinh viên, quyền lợi khi ký hợp đồng lao động đầu tiên và cách tra cứu trên VssID.',
    messages: ['sinh-vien-bhyt', 'sinh-vien-cuoi-khoa'],
    audiences: ['5'],
    topics: ['ND2', 'ND5', 'CS02'],
    channels: ['K13', 'K06'],
    legal: [{ ...LAW, article: 'Điều 2' }, { ...BHYT, article: 'Điều 12' }],
    image: {
      headline: 'Hành trang BHXH, BHYT cho sinh viên',
      lines: ['Thẻ BHYT qua nhà trường', 'Hợp đồng từ 1 tháng: đóng BHXH bắt buộc', 'Tra cứu trên VssID'],
    },
  },
  {
    key: 'to-gap-can-bo-co-so',
    kind: 'leaflet',
    title: 'Tờ gấp cho trưởng thôn, tổ trưởng TDP: vận động từng hộ tham gia',
    summary: 'Các bước rà soát hộ chưa tham gia BHXH, BHYT và câu trả lời ngắn cho những thắc mắc thường gặp.',
    messages: ['truong-thon-van-dong', 'tuyen-truyen-vien-dung-thong-diep', 'luong-huu-atm'],
    audiences: ['6'],
    topics: ['ND5', 'ND1'],
    channels: ['K12', 'K16', 'K11'],
    legal: [QD176, QD1676],
    image: {
      headline: 'Vận động từng hộ tham gia BHXH, BHYT',
      lines: ['Rà soát hộ chưa có thẻ BHYT', 'Dùng đúng thông điệp chuẩn', 'Ghi nhận câu hỏi của người dân'],
    },
  },
]
