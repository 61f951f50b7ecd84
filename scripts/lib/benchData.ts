/**
 * What the benchmarks share: a deterministic random source (mulberry32, so every process of a run
 * makes the same rows) and the Vietnamese texts their generated events and feedback carry.
 */
import { EVENT_KINDS } from '../../src/domain/events'

export function prng(seedValue: number) {
  let a = seedValue >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  const chance = (p: number) => next() < p
  const distinct = <T>(list: readonly T[], k: number): T[] => {
    const copy = [...list]
    const out: T[] = []
    while (out.length < k && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0])
    return out
  }
  /** An index into weights, proportional to them. */
  const weighted = (weights: number[], total = weights.reduce((s, w) => s + w, 0)) => {
    let w = next() * total
    for (let i = 0; i < weights.length; i++) if ((w -= weights[i]) < 0) return i
    return weights.length - 1
  }
  return { next, int, pick, chance, distinct, weighted }
}
export type Rng = ReturnType<typeof prng>

export const KIND_TITLES: Record<(typeof EVENT_KINDS)[number], string> = {
  conference: 'Hội nghị tuyên truyền chính sách BHXH, BHYT',
  seminar: 'Tọa đàm về BHXH tự nguyện',
  policy_dialogue: 'Đối thoại chính sách BHXH với người lao động',
  onsite_counselling: 'Tư vấn BHYT hộ gia đình tại cơ sở',
  small_group: 'Truyền thông nhóm nhỏ về BHXH tự nguyện',
  staff_training: 'Tập huấn tuyên truyền viên BHXH, BHYT',
  integrated_meeting: 'Lồng ghép tuyên truyền BHYT trong sinh hoạt',
  cultural_activity: 'Văn nghệ, cổ động trực quan về BHXH',
}
export const QUESTIONS = [
  'Đóng BHXH tự nguyện bao nhiêu năm thì được hưởng lương hưu?',
  'Mức hỗ trợ tiền đóng BHXH tự nguyện cho hộ nghèo là bao nhiêu?',
  'Thẻ BHYT hộ gia đình có được khám trái tuyến không?',
  'Rút BHXH một lần theo Luật 41/2024 có điều kiện gì?',
  'Cài ứng dụng VssID thế nào khi không có căn cước gắn chip?',
  'Doanh nghiệp chậm đóng BHXH thì người lao động làm gì?',
  'Nhận lương hưu qua ATM có mất phí không?',
]
export const VENUES = ['Hội trường UBND', 'Nhà văn hóa thôn', 'Nhà ăn ca công ty', 'Sân chợ', 'Hội trường trường THCS', 'Trụ sở khu phố']
export const FEEDBACK_TEXTS = [
  'Tôi là lao động tự do, muốn tham gia BHXH tự nguyện nhưng chưa biết mức đóng thấp nhất.',
  'Công ty nơi tôi làm chậm đóng BHXH ba tháng, tôi cần phản ánh để được giải quyết.',
  'Đề nghị tổ chức thêm buổi tư vấn BHYT hộ gia đình vào buổi tối cho người đi làm.',
  'Thẻ BHYT của con tôi bị sai ngày sinh, cần làm lại ở đâu?',
  'Ứng dụng VssID báo lỗi khi đăng nhập, xin hướng dẫn cách khắc phục.',
  'Kiến nghị niêm yết danh sách điểm thu BHXH tại nhà văn hóa thôn.',
  'Mẹ tôi 75 tuổi, chưa có lương hưu, có được hưởng trợ cấp hưu trí xã hội không?',
]
export const ANSWERS = [
  'Đơn vị đã liên hệ, hướng dẫn trực tiếp thủ tục tại BHXH cơ sở.',
  'Đã chuyển BHXH cơ sở xử lý; người hỏi được hẹn làm thủ tục trong tuần.',
  'Ghi nhận kiến nghị, sẽ đưa vào kế hoạch tuyên truyền quý tới.',
]
export const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang']
