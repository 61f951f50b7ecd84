import type { Metadata } from 'next'

import { LOCALITY_KIND_LABELS, type LocalityKind } from '../../../domain/places'
import { communes, feedURL, upcomingEventsInCommune, webcalURL, type Commune } from '../../../lib/eventFeeds'

// Events change at any time, and a fresh clone has no database to prerender from.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Sự kiện sắp diễn ra ở xã, phường của tôi' }

const KIND_ORDER: LocalityKind[] = ['phuong', 'xa', 'dac_khu']

/**
 * "Upcoming events in my commune": a resident picks their commune and sees the outreach events
 * still to come there (cancelled ones marked, so nobody turns up), and can follow its calendar.
 */
export default async function EventsPage({ searchParams }: { searchParams: Promise<{ xa?: string }> }) {
  const { xa } = await searchParams
  const all = await communes()
  // Matching against the list means a malformed ?xa= never reaches the database.
  const commune = all.find((c) => String(c.id) === xa)
  const events = commune ? await upcomingEventsInCommune(commune.id) : []
  const feed = commune ? feedURL({ locality: commune.id }) : null

  return (
    <main>
      <h1>Sự kiện sắp diễn ra ở xã, phường của tôi</h1>
      <p className="lead">
        Hội nghị, đối thoại, tư vấn về BHXH, BHYT do các cơ quan, đoàn thể và UBND xã, phường tổ chức gần nơi bạn ở. Mọi
        người dân đều có thể đến dự.
      </p>

      <form className="search commune-picker" action="/su-kien" method="get">
        <select name="xa" defaultValue={commune ? String(commune.id) : ''} aria-label="Xã, phường, đặc khu" required>
          <option value="" disabled>
            Chọn xã, phường, đặc khu…
          </option>
          {KIND_ORDER.map((kind) => (
            <CommuneGroup key={kind} label={LOCALITY_KIND_LABELS[kind].vi} items={all.filter((c) => c.kind === kind)} />
          ))}
        </select>
        <button type="submit">Xem sự kiện</button>
      </form>

      {xa && !commune ? <p className="error">Không tìm thấy xã, phường, đặc khu này. Hãy chọn lại trong danh sách.</p> : null}

      {commune && feed ? (
        <section aria-live="polite">
          <h2>Sự kiện sắp diễn ra ở {commune.name}</h2>
          {events.length === 0 ? (
            <p data-testid="no-events">
              Hiện chưa có sự kiện nào được lên lịch ở {commune.name}. Hãy theo dõi lịch để biết khi có sự kiện mới.
            </p>
          ) : (
            <ol className="cards events" data-testid="events">
              {events.map((e) => (
                <li key={e.id} id={`su-kien-${e.id}`} className={e.cancelled ? 'cancelled' : undefined}>
                  {e.cancelled ? <span className="badge">Đã hủy</span> : null}
                  <strong>{e.title}</strong>
                  <div className="when">
                    <time dateTime={e.startAt}>{e.when}</time>
                  </div>
                  <dl>
                    <dt>Hình thức</dt>
                    <dd>{e.kindLabel}</dd>
                    {e.place ? (
                      <>
                        <dt>Địa điểm</dt>
                        <dd>{e.place}</dd>
                      </>
                    ) : null}
                    {e.organizers ? (
                      <>
                        <dt>Đơn vị tổ chức</dt>
                        <dd>{e.organizers}</dd>
                      </>
                    ) : null}
                    {e.audience ? (
                      <>
                        <dt>Dành cho</dt>
                        <dd>{e.audience}</dd>
                      </>
                    ) : null}
                    {e.cancelReason ? (
                      <>
                        <dt>Lý do hủy</dt>
                        <dd>{e.cancelReason}</dd>
                      </>
                    ) : null}
                  </dl>
                </li>
              ))}
            </ol>
          )}

          <h2>Theo dõi lịch này</h2>
          <p>
            Thêm lịch sự kiện của {commune.name} vào điện thoại hoặc máy tính; sự kiện mới, thay đổi hay bị hủy sẽ tự cập
            nhật.
          </p>
          <p>
            <a className="button" href={webcalURL(feed)} data-testid="webcal">
              Theo dõi lịch này
            </a>
          </p>
          <p className="meta">
            Với Google Lịch hoặc Outlook, chọn “Thêm lịch → Từ URL” và dán địa chỉ:{' '}
            <a href={feed} data-testid="feed-url">
              {feed}
            </a>
          </p>
        </section>
      ) : null}
    </main>
  )
}

function CommuneGroup({ label, items }: { label: string; items: Commune[] }) {
  if (!items.length) return null
  return (
    <optgroup label={label}>
      {items.map((c) => (
        <option key={c.id} value={String(c.id)}>
          {c.name}
        </option>
      ))}
    </optgroup>
  )
}
