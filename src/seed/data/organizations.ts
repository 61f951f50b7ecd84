/**
 * City-level bodies named in section VI of the 2026–2030 plan. One People's Committee per
 * commune is added from the localities list by the seed.
 */
import { communeCommitteeLetterhead } from '../../domain/letterhead'
import type { OrganizationKind, ReportRole } from '../../domain/organizations'

/**
 * Letterhead (Nghị định 30/2020/NĐ-CP): `letterheadSuperior` is the superior body printed above the
 * issuer (none for the Fatherland Front and the communes' committees), `letterheadName` the issuer
 * as printed (a newline splits a long name), `documentAbbreviation` the symbol after "BC-",
 * `signerPosition` the usual signer's title. Signers' names are not known to Loa: left for each body.
 */
export type OrganizationSeed = {
  key: string
  name: string
  shortName: string
  kind: OrganizationKind
  parentKey?: string
  responsibilities: string
  letterheadSuperior?: string
  letterheadName: string
  documentAbbreviation: string
  signerPosition: string
  reportRole?: ReportRole
}

const CITY = 'UBND THÀNH PHỐ HẢI PHÒNG'

export const CITY_ORGANIZATIONS: OrganizationSeed[] = [
  {
    key: 'snv',
    name: 'Sở Nội vụ thành phố Hải Phòng',
    shortName: 'Sở Nội vụ',
    kind: 'department',
    responsibilities:
      'Cơ quan đầu mối tham mưu UBND thành phố chỉ đạo, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả; chủ trì sơ kết giữa kỳ năm 2028, tổng kết năm 2030; đề xuất khen thưởng.',
    letterheadSuperior: CITY,
    letterheadName: 'SỞ NỘI VỤ',
    documentAbbreviation: 'SNV',
    signerPosition: 'GIÁM ĐỐC',
    reportRole: 'consolidates',
  },
  {
    key: 'vhttdl',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    shortName: 'Sở VHTTDL',
    kind: 'department',
    responsibilities:
      'Hướng dẫn hệ thống thiết chế văn hóa, thông tin cơ sở lồng ghép tuyên truyền BHXH, BHYT trong hoạt động văn hóa, văn nghệ, cổ động trực quan và thông tin cơ sở.',
    letterheadSuperior: CITY,
    letterheadName: 'SỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH',
    documentAbbreviation: 'SVHTTDL',
    signerPosition: 'GIÁM ĐỐC',
  },
  {
    key: 'syt',
    name: 'Sở Y tế',
    shortName: 'Sở Y tế',
    kind: 'department',
    responsibilities:
      'Phối hợp tuyên truyền, hướng dẫn chính sách BHYT tại các cơ sở khám bệnh, chữa bệnh và trong Nhân dân; bảo đảm quyền lợi người tham gia BHYT.',
    letterheadSuperior: CITY,
    letterheadName: 'SỞ Y TẾ',
    documentAbbreviation: 'SYT',
    signerPosition: 'GIÁM ĐỐC',
  },
  {
    key: 'bhxh',
    name: 'Bảo hiểm xã hội thành phố Hải Phòng',
    shortName: 'BHXH thành phố',
    kind: 'social_insurance',
    responsibilities:
      'Cơ quan chủ trì về chuyên môn; xây dựng, cập nhật tài liệu, thông điệp, số liệu tuyên truyền; theo dõi, đánh giá hiệu quả tuyên truyền gắn với kết quả phát triển người tham gia.',
    letterheadSuperior: 'BẢO HIỂM XÃ HỘI VIỆT NAM',
    letterheadName: 'BẢO HIỂM XÃ HỘI\nTHÀNH PHỐ HẢI PHÒNG',
    documentAbbreviation: 'BHXH',
    signerPosition: 'GIÁM ĐỐC',
    reportRole: 'follows',
  },
  {
    key: 'sgddt',
    name: 'Sở Giáo dục và Đào tạo',
    shortName: 'Sở GD&ĐT',
    kind: 'department',
    responsibilities:
      'Chỉ đạo cơ sở giáo dục lồng ghép tuyên truyền BHXH, BHYT; phổ biến chính sách cho học sinh, sinh viên, nhất là học sinh, sinh viên cuối khóa.',
    letterheadSuperior: CITY,
    letterheadName: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    documentAbbreviation: 'SGDĐT',
    signerPosition: 'GIÁM ĐỐC',
  },
  {
    key: 'stc',
    name: 'Sở Tài chính',
    shortName: 'Sở Tài chính',
    kind: 'department',
    responsibilities: 'Hướng dẫn lập dự toán, quản lý, sử dụng, quyết toán kinh phí thực hiện Kế hoạch; tham mưu bố trí kinh phí.',
    letterheadSuperior: CITY,
    letterheadName: 'SỞ TÀI CHÍNH',
    documentAbbreviation: 'STC',
    signerPosition: 'GIÁM ĐỐC',
  },
  {
    key: 'skhcn',
    name: 'Sở Khoa học và Công nghệ',
    shortName: 'Sở KH&CN',
    kind: 'department',
    responsibilities: 'Thúc đẩy ứng dụng khoa học, công nghệ, chuyển đổi số trong tuyên truyền; hỗ trợ khai thác nền tảng số, công cụ số.',
    letterheadSuperior: CITY,
    letterheadName: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    documentAbbreviation: 'SKHCN',
    signerPosition: 'GIÁM ĐỐC',
  },
  {
    key: 'cap',
    name: 'Công an thành phố Hải Phòng',
    shortName: 'Công an thành phố',
    kind: 'department',
    responsibilities:
      'Phối hợp khai thác, đối soát, làm sạch dữ liệu; kết nối, chia sẻ dữ liệu, xác thực thông tin phục vụ tiện ích số; xử lý vi phạm pháp luật về BHXH, BHYT.',
    letterheadSuperior: 'BỘ CÔNG AN',
    letterheadName: 'CÔNG AN THÀNH PHỐ HẢI PHÒNG',
    documentAbbreviation: 'CATP',
    signerPosition: 'GIÁM ĐỐC',
  },
  {
    key: 'thue',
    name: 'Thuế thành phố Hải Phòng',
    shortName: 'Thuế thành phố',
    kind: 'department',
    responsibilities:
      'Chia sẻ thông tin người nộp thuế phục vụ rà soát nhóm tiềm năng (hộ kinh doanh, lao động phi chính thức); lồng ghép tuyên truyền trong hỗ trợ người nộp thuế.',
    letterheadSuperior: 'CỤC THUẾ',
    letterheadName: 'THUẾ THÀNH PHỐ HẢI PHÒNG',
    documentAbbreviation: 'HPH',
    signerPosition: 'TRƯỞNG THUẾ THÀNH PHỐ',
  },
  {
    key: 'baohp',
    name: 'Báo và Phát thanh, Truyền hình Hải Phòng',
    shortName: 'Báo và PT-TH Hải Phòng',
    kind: 'media',
    responsibilities:
      'Duy trì chuyên trang, chuyên mục, tin, bài, phóng sự, tọa đàm, hỏi – đáp chính sách BHXH, BHYT; phản ánh mô hình hay, gương điển hình; tuyên truyền trên nền tảng số.',
    letterheadSuperior: 'THÀNH ỦY HẢI PHÒNG',
    letterheadName: 'BÁO VÀ PHÁT THANH, TRUYỀN HÌNH\nHẢI PHÒNG',
    documentAbbreviation: 'BPTTH',
    signerPosition: 'TỔNG BIÊN TẬP',
  },
  // Bodies with duties in the 2026 annual plan (seed 002, section IV.9–11), not in section VI of
  // the 2026–2030 plan. Their letterheads follow the 2025 reorganisation; each body can correct its own.
  {
    key: 'thongke',
    name: 'Thống kê thành phố Hải Phòng',
    shortName: 'Thống kê thành phố',
    kind: 'department',
    responsibilities:
      'Cung cấp thông tin thống kê hằng năm cho BHXH thành phố: dân số theo cấp xã, lực lượng lao động trong độ tuổi, số người trong lực lượng vũ trang, làm mẫu số cho các tỷ lệ tham gia.',
    letterheadSuperior: 'CỤC THỐNG KÊ',
    letterheadName: 'THỐNG KÊ THÀNH PHỐ HẢI PHÒNG',
    documentAbbreviation: 'TKHP',
    signerPosition: 'TRƯỞNG THỐNG KÊ THÀNH PHỐ',
  },
  {
    key: 'bqlkkt',
    name: 'Ban Quản lý khu kinh tế Hải Phòng',
    shortName: 'Ban Quản lý khu kinh tế',
    kind: 'department',
    responsibilities:
      'Tuyên truyền Luật BHXH, Luật BHYT đến doanh nghiệp và người lao động trong các khu công nghiệp, khu kinh tế; phối hợp với cơ quan BHXH đôn đốc doanh nghiệp chậm đóng, nợ đọng, chưa tham gia đầy đủ.',
    letterheadSuperior: CITY,
    letterheadName: 'BAN QUẢN LÝ KHU KINH TẾ\nHẢI PHÒNG',
    documentAbbreviation: 'BQL',
    signerPosition: 'TRƯỞNG BAN',
  },
  {
    key: 'btdkt',
    name: 'Ban Thi đua – Khen thưởng thành phố Hải Phòng',
    shortName: 'Ban Thi đua – Khen thưởng',
    kind: 'department',
    parentKey: 'snv',
    responsibilities:
      'Gắn kết quả thực hiện chính sách BHXH, BHYT với xét thi đua, khen thưởng và chấm điểm, xếp loại thi đua các cơ quan, đơn vị; tham mưu khen thưởng khi sơ kết, tổng kết Kế hoạch.',
    letterheadSuperior: 'SỞ NỘI VỤ',
    letterheadName: 'BAN THI ĐUA – KHEN THƯỞNG',
    documentAbbreviation: 'BTĐKT',
    signerPosition: 'TRƯỞNG BAN',
  },
  {
    key: 'mttq',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng',
    shortName: 'Ủy ban MTTQ thành phố',
    kind: 'mass_organization',
    responsibilities: 'Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tham gia BHXH, BHYT.',
    letterheadName: 'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTHÀNH PHỐ HẢI PHÒNG',
    documentAbbreviation: 'MTTQ',
    signerPosition: 'TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH',
  },
  {
    key: 'ldld',
    name: 'Liên đoàn Lao động thành phố Hải Phòng',
    shortName: 'Liên đoàn Lao động thành phố',
    kind: 'mass_organization',
    parentKey: 'mttq',
    responsibilities:
      'Tuyên truyền, tư vấn, đối thoại chính sách tại doanh nghiệp, khu công nghiệp; giám sát việc thực hiện chính sách BHXH, BHYT tại đơn vị, doanh nghiệp.',
    letterheadSuperior: 'TỔNG LĐLĐ VIỆT NAM',
    letterheadName: 'LIÊN ĐOÀN LAO ĐỘNG\nTHÀNH PHỐ HẢI PHÒNG',
    documentAbbreviation: 'LĐLĐ',
    signerPosition: 'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH',
  },
  {
    key: 'hnd',
    name: 'Hội Nông dân thành phố Hải Phòng',
    shortName: 'Hội Nông dân thành phố',
    kind: 'mass_organization',
    parentKey: 'mttq',
    responsibilities: 'Lồng ghép tuyên truyền, vận động hội viên, nông dân tham gia BHXH tự nguyện, BHYT hộ gia đình.',
    letterheadSuperior: 'HỘI NÔNG DÂN VIỆT NAM',
    letterheadName: 'BCH HỘI NÔNG DÂN\nTHÀNH PHỐ HẢI PHÒNG',
    documentAbbreviation: 'HND',
    signerPosition: 'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH',
  },
  {
    key: 'hlhpn',
    name: 'Hội Liên hiệp Phụ nữ thành phố Hải Phòng',
    shortName: 'Hội LHPN thành phố',
    kind: 'mass_organization',
    parentKey: 'mttq',
    responsibilities: 'Lồng ghép tuyên truyền, vận động hội viên phụ nữ tham gia BHXH tự nguyện, BHYT hộ gia đình.',
    letterheadSuperior: 'HỘI LHPN VIỆT NAM',
    letterheadName: 'HỘI LIÊN HIỆP PHỤ NỮ\nTHÀNH PHỐ HẢI PHÒNG',
    documentAbbreviation: 'HPN',
    signerPosition: 'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH',
  },
  {
    key: 'doantn',
    name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Hải Phòng',
    shortName: 'Thành đoàn Hải Phòng',
    kind: 'mass_organization',
    parentKey: 'mttq',
    responsibilities: 'Lồng ghép tuyên truyền, vận động đoàn viên, thanh niên tham gia BHXH tự nguyện, BHYT.',
    letterheadSuperior: 'BCH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH',
    letterheadName: 'BCH THÀNH ĐOÀN HẢI PHÒNG',
    documentAbbreviation: 'TĐTN',
    signerPosition: 'TM. BAN THƯỜNG VỤ THÀNH ĐOÀN\nBÍ THƯ',
  },
  {
    key: 'lmhtx',
    name: 'Liên minh Hợp tác xã thành phố Hải Phòng',
    shortName: 'Liên minh HTX thành phố',
    kind: 'mass_organization',
    responsibilities: 'Lồng ghép tuyên truyền, vận động thành viên hợp tác xã và người lao động tham gia BHXH, BHYT.',
    letterheadSuperior: 'LIÊN MINH HỢP TÁC XÃ VIỆT NAM',
    letterheadName: 'LIÊN MINH HỢP TÁC XÃ\nTHÀNH PHỐ HẢI PHÒNG',
    documentAbbreviation: 'LMHTX',
    signerPosition: 'CHỦ TỊCH',
  },
  {
    key: 'buudien',
    name: 'Bưu điện thành phố Hải Phòng',
    shortName: 'Bưu điện thành phố',
    kind: 'service_organization',
    responsibilities:
      'Tổ chức dịch vụ hỗ trợ phát triển người tham gia BHXH, BHYT: tư vấn, vận động tới từng nhóm người dân; bồi dưỡng nhân viên, cộng tác viên; báo cáo định kỳ.',
    letterheadSuperior: 'TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM',
    letterheadName: 'BƯU ĐIỆN THÀNH PHỐ HẢI PHÒNG',
    documentAbbreviation: 'BĐHP',
    signerPosition: 'GIÁM ĐỐC',
  },
]

export { communeCommitteeLetterhead }

/** A commune committee's report is signed for the committee by its chairperson. */
export const COMMUNE_COMMITTEE_SIGNER = 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH'

/** The People's Committee of a commune: "UBND phường Thiên Hương" for "Phường Thiên Hương". */
export function communeCommitteeName(localityName: string): string {
  return `UBND ${localityName.charAt(0).toLocaleLowerCase('vi')}${localityName.slice(1)}`
}
