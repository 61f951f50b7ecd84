import config from '@payload-config'
import { getPayload } from 'payload'

import { formatTarget, INDICATORS, type IndicatorKey } from '../../domain/indicators'

// Targets are data that Sở Nội vụ may update: read them on each request, not at build time.
export const dynamic = 'force-dynamic'

const HEADLINE: IndicatorKey[] = ['bhytCoverage', 'bhxhParticipation']

/** The public home page. The content library (issue #3) turns it into the "Tôi là…" portal. */
export default async function HomePage() {
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
      <h1>Loa</h1>
      <p className="lead">
        Kế hoạch và nội dung tuyên truyền chính sách bảo hiểm xã hội (BHXH), bảo hiểm y tế (BHYT) trên địa bàn thành
        phố Hải Phòng, giai đoạn 2026–2030.
      </p>
      <ul className="targets" aria-label="Chỉ tiêu của thành phố">
        {targets.map((t) => (
          <li key={t.id}>
            <strong>{formatTarget(t.indicator as IndicatorKey, t.minimum as number, t.maximum as number | null)}</strong>
            {INDICATORS[t.indicator as IndicatorKey].label.vi}, năm {t.year}
          </li>
        ))}
      </ul>
      <p>
        <a className="button" href="/admin">
          Đăng nhập hệ thống quản trị
        </a>
      </p>
      <footer>Dành cho cán bộ truyền thông, các đoàn thể, UBND xã, phường, đặc khu và Sở Nội vụ.</footer>
    </main>
  )
}
