/**
 * `payload run scripts/bench-seed.ts` (from scripts/bench-search.mjs): the plan's reference data
 * and BENCH_QUESTIONS approved Q&A items in a fresh database. One in every 250 asks about "bảo
 * hiểm xã hội tự nguyện"; no other item contains the word "nguyện", so the right answer to that
 * search is known. Bulk-written through the adapter (payload.db.create): the hooks' work (the
 * folded search text) is done here, and 10,000 documents do not need 10,000 versions.
 */
import fs from 'node:fs'

import { getPayload } from 'payload'

import config from '../payload.config'
import { foldForSearch } from '../src/domain/text'
import { paragraphs } from '../src/lib/richText'
import { seed } from '../src/seed'

const COUNT = Number(process.env.BENCH_QUESTIONS || 10_000)
const PHRASE_EVERY = 250

const WHO = ['người lao động tự do', 'tiểu thương ở chợ', 'nông dân', 'sinh viên năm cuối', 'chủ hộ kinh doanh',
  'công nhân khu công nghiệp', 'người làm nghề biển', 'giáo viên hợp đồng', 'người cao tuổi', 'thợ làng nghề']
const ASK = ['đóng BHYT hộ gia đình', 'đổi thẻ BHYT bị hỏng', 'cài ứng dụng VssID', 'rút BHXH một lần',
  'đóng BHXH bắt buộc ở doanh nghiệp', 'nhận lương hưu qua tài khoản ngân hàng', 'báo tăng lao động',
  'tra cứu quá trình đóng', 'khám chữa bệnh trái tuyến', 'hưởng chế độ thai sản']
const HOW = ['thì làm thế nào?', 'cần giấy tờ gì?', 'ở đâu?', 'mất bao lâu?', 'có mất phí không?']

const payload = await getPayload({ config })
try {
  // Without the starting content library: its own Q&A would add answers the known set does not count.
  await seed(payload, { demo: false, content: false })
  const groups = (await payload.find({ collection: 'audience-groups', depth: 0, pagination: false, select: { code: true } })).docs
  const topics = (await payload.find({ collection: 'topics', depth: 0, pagination: false, select: { code: true } })).docs
  let phrase = 0
  const started = Date.now()
  for (let i = 0; i < COUNT; i++) {
    const who = WHO[i % WHO.length]
    const how = HOW[Math.floor(i / 7) % HOW.length]
    const question =
      i % PHRASE_EVERY === 0
        ? `Là ${who}, tôi tham gia bảo hiểm xã hội tự nguyện ${how} (câu ${i + 1})`
        : `Là ${who}, tôi muốn ${ASK[Math.floor(i / 3) % ASK.length]} ${how} (câu ${i + 1})`
    if (i % PHRASE_EVERY === 0) phrase++
    const answer = [`Trả lời câu ${i + 1}: liên hệ BHXH cơ sở hoặc UBND xã, phường nơi cư trú để được hướng dẫn cụ thể.`]
    await payload.db.create({
      collection: 'questions',
      data: {
        question,
        answer: paragraphs(answer),
        audienceGroups: [groups[i % groups.length].id],
        topics: [topics[i % topics.length].id],
        source: 'staff',
        status: 'approved',
        approvedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        searchText: foldForSearch(`${question}\n${answer.join('\n')}`),
        needsReview: false,
      },
    })
    if ((i + 1) % 2000 === 0) console.log(`  ${i + 1}/${COUNT} câu hỏi (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  }
  const result = JSON.stringify({ questions: COUNT, withPhrase: phrase })
  if (process.env.LOA_SEED_RESULT_FILE) fs.writeFileSync(process.env.LOA_SEED_RESULT_FILE, result)
  else console.log(result)
} finally {
  await payload.destroy()
}
process.exit(0)
