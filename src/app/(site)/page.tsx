import config from '@payload-config'
import { getPayload } from 'payload'

import { formatTarget, INDICATORS, type IndicatorKey } from '../../domain/indicators'
import { audienceGroups, contentForAudience } from '../../lib/publicContent'
import { MaterialList, MessageList, QuestionList } from './components/lists'

const HEADLINE: IndicatorKey[] = ['bhytCoverage', 'bhxhParticipation']

/**
 * The public home page: "Tôi là…" — a visitor picks one of the plan's six audience groups and
 * sees the approved messages, materials and Q&A written for them, most relevant first.
 */
export default async function HomePage({ searchParams }: { searchParams: Promise<{ nhom?: string }> }) {
  const { nhom } = await searchParams
  const groups = await audienceGroups()
  const chosen = groups.find((g) => g.code === nhom)
  const content = chosen ? await contentForAudience(chosen) : null
  const payload = await getPayload({ config })
  // City-wide targets are published in the plan itself, so the public page may show them.
  const { docs: targets } = await payload.find({
    collection: 'targets',
    where: { and: [{ indicator: { in: HEADLINE } }, { locality: { exists: false } }] },
    sort: 'year',
    depth: 0,
    limit: 20,
    select: { indicator: true, year: true, minimum: true, maximum: true },
  })

  return (
    <main>
      <h1>Bảo hiểm xã hội, bảo hiểm y tế cho mọi người dân Hải Phòng</h1>
      <p className="lead">
        Thông tin chính thức, ngắn gọn, dễ hiểu về chính sách BHXH, BHYT do BHXH thành phố ban hành, giai đoạn 2026–2030.
      </p>

      <h2 id="toi-la">Tôi là…</h2>
      <ul className="picker" aria-label="Chọn nhóm đối tượng">
        {groups.map((g) => (
          <li key={g.id}>
            <a href={`/?nhom=${g.code}#noi-dung`} aria-current={g.code === nhom ? 'true' : undefined} title={g.name}>
              <strong>{g.shortName}</strong>
            </a>
          </li>
        ))}
      </ul>

      {chosen && content ? (
        <section id="noi-dung" aria-live="polite">
          <h2>Dành cho: {chosen.shortName}</h2>
          <p className="meta">{chosen.name}</p>
          {content.messages.length + content.materials.length + content.questions.length === 0 ? (
            <p>Chưa có nội dung cho nhóm này.</p>
          ) : null}
          {content.messages.length ? (
            <>
              <h2>Thông điệp</h2>
              <MessageList items={content.messages.slice(0, 8)} />
            </>
          ) : null}
          {content.materials.length ? (
            <>
              <h2>Tài liệu, ấn phẩm</h2>
              <MaterialList items={content.materials.slice(0, 6)} />
            </>
          ) : null}
          {content.questions.length ? (
            <>
              <h2>Hỏi – đáp</h2>
              <QuestionList items={content.questions.slice(0, 10)} />
              <p>
                <a href={`/hoi-dap?nhom=${chosen.code}`}>Xem tất cả câu hỏi cho nhóm này →</a>
              </p>
            </>
          ) : null}
        </section>
      ) : null}

      <h2>Mục tiêu của thành phố</h2>
      <ul className="targets" aria-label="Chỉ tiêu của thành phố">
        {targets.map((t) => (
          <li key={t.id}>
            <strong>{formatTarget(t.indicator as IndicatorKey, t.minimum as number, t.maximum as number | null)}</strong>
            {INDICATORS[t.indicator as IndicatorKey].label.vi}, năm {t.year}
          </li>
        ))}
      </ul>
      <footer>
        Loa – hệ thống kế hoạch và nội dung tuyên truyền BHXH, BHYT của thành phố Hải Phòng. Cán bộ các cơ quan, đoàn thể,
        UBND xã, phường, đặc khu <a href="/admin">đăng nhập tại đây</a>.
      </footer>
    </main>
  )
}
