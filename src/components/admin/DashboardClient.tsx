'use client'

import type { CSSProperties, ReactNode } from 'react'
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { SCOPE_LABELS, SCOPES, type Scope } from '../../domain/dashboard'
import { PERIOD_LABELS, PERIODS } from '../../domain/participation'
import { TERM_FIRST_YEAR, TERM_LAST_YEAR } from '../../domain/period'
import type { Dashboard } from '../../lib/dashboardData'

export type Choice = { value: string; label: string }

const nf = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined ? '–' : n.toLocaleString('vi-VN', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const pct = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${nf(n, 2)}%`)
/** Long catalogue names shortened on chart axes; the tooltip keeps the whole name. */
const short = (text: string) => (text.length > 34 ? `${text.slice(0, 32)}…` : text)
const signed = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${n > 0 ? '+' : ''}${nf(n, 2)}`)

const box: CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem 1rem', background: 'var(--theme-elevation-0)' }
const grid = (min: number): CSSProperties => ({ display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(${min}px, 1fr))`, gap: '0.75rem' })
const cell: CSSProperties = { padding: '0.3rem 0.5rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'right', whiteSpace: 'nowrap' }
const PRIORITY = {
  1: { text: 'Ưu tiên 1', title: 'Chưa đạt chỉ tiêu và ít được tuyên truyền', colour: '#b91c1c' },
  2: { text: 'Ưu tiên 2', title: 'Chưa đạt chỉ tiêu', colour: '#c2410c' },
  3: { text: 'Đạt', title: 'Đạt chỉ tiêu', colour: '#15803d' },
  4: { text: 'Chưa có số liệu', title: 'Chưa nhập số liệu tham gia cho kỳ này', colour: '#6b7280' },
} as const

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section style={{ margin: '1.5rem 0' }} data-testid={testId}>
      <h2 style={{ fontSize: '1.15rem', margin: '0 0 0.75rem' }}>{title}</h2>
      {children}
    </section>
  )
}

function Card({ label, value, detail, tone }: { label: string; value: string; detail?: string; tone?: 'good' | 'bad' }) {
  const colour = tone === 'good' ? '#15803d' : tone === 'bad' ? '#b91c1c' : 'inherit'
  return (
    <div style={box} data-testid="dashboard-card">
      <div style={{ fontSize: '0.85rem', opacity: 0.8 }}>{label}</div>
      <div style={{ fontSize: '1.6rem', fontWeight: 600, color: colour }}>{value}</div>
      {detail && <div style={{ fontSize: '0.8rem', opacity: 0.8 }}>{detail}</div>}
    </div>
  )
}

function Filters({ data, canChooseScope, choices }: { data: Dashboard; canChooseScope: boolean; choices: Record<Exclude<Scope, 'city'>, Choice[]> }) {
  const q = data.query
  const years = Array.from({ length: TERM_LAST_YEAR - TERM_FIRST_YEAR + 1 }, (_, i) => TERM_FIRST_YEAR + i)
  return (
    <form method="get" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'end', margin: '0.5rem 0 1rem' }} aria-label="Chọn kỳ và phạm vi">
      <label>
        Năm
        <br />
        <select name="year" defaultValue={q.year}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        Kỳ
        <br />
        <select name="period" defaultValue={q.period}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {PERIOD_LABELS[p].vi}
            </option>
          ))}
        </select>
      </label>
      {canChooseScope && (
        <>
          <label>
            Phạm vi
            <br />
            <select name="scope" defaultValue={q.scope}>
              {SCOPES.map((s) => (
                <option key={s} value={s}>
                  {SCOPE_LABELS[s].vi}
                </option>
              ))}
            </select>
          </label>
          <label>
            Chọn xã / đơn vị / chiến dịch
            <br />
            <select name="id" defaultValue={q.id ?? ''}>
              <option value="">—</option>
              {(['commune', 'organization', 'campaign'] as const).map((s) => (
                <optgroup key={s} label={SCOPE_LABELS[s].vi}>
                  {choices[s].map((c) => (
                    <option key={`${s}-${c.value}`} value={c.value}>
                      {c.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
        </>
      )}
      <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
        Xem
      </button>
    </form>
  )
}

export function DashboardClient({
  data,
  canChooseScope,
  choices,
  adminURL,
}: {
  data: Dashboard
  canChooseScope: boolean
  choices: Record<Exclude<Scope, 'city'>, Choice[]>
  adminURL: string
}) {
  const t = data.tally
  const c = data.cards
  const satisfaction = t.satisfactionBase > 0 ? t.satisfactionPoints / t.satisfactionBase : null
  const channelRows = data.byChannel.filter((x) => x.items > 0)
  const groupName = new Map(data.matrix.groups.map((g) => [g.id, g.name]))
  return (
    <div data-testid="dashboard">
      <Filters data={data} canChooseScope={canChooseScope} choices={choices} />
      <p style={{ fontSize: '1.05rem' }}>
        <strong data-testid="dashboard-scope">{data.scopeName}</strong> · {data.title}
        {c.communes > 0 && (
          <span style={{ opacity: 0.8 }}>
            {' '}
            · số liệu tham gia: {c.communesWithFigures}/{c.communes} xã, phường, đặc khu
          </span>
        )}
      </p>

      <Section title="Chỉ tiêu của Kế hoạch" testId="indicator-cards">
        <div style={grid(220)}>
          {c.indicators.map((i) => {
            const below = i.rate !== null && i.target !== null && i.rate < i.target
            return (
              <Card
                key={i.key}
                label={i.label}
                value={pct(i.rate)}
                tone={i.rate === null || i.target === null ? undefined : below ? 'bad' : 'good'}
                detail={`Chỉ tiêu: ${i.target === null ? 'chưa giao' : i.targetMax ? `${nf(i.target, 1)}–${nf(i.targetMax, 1)}%` : pct(i.target)}${i.targetYear !== null && i.targetYear !== data.query.year ? ` (giao năm ${i.targetYear})` : ''} · kỳ trước: ${pct(i.previous)}`}
              />
            )
          })}
        </div>
      </Section>

      <Section title="Hoạt động tuyên truyền" testId="outreach-cards">
        <div style={grid(180)}>
          <Card label="Sự kiện đã tổ chức" value={nf(t.events)} />
          <Card label="Người tham dự" value={nf(t.attendance)} detail={`trong đó nữ ${nf(t.women)}`} />
          <Card label="Tin, bài, sản phẩm" value={nf(t.outputs)} detail={`${nf(t.mediaReach)} lượt xem, nghe`} />
          <Card label="Ý kiến người dân" value={nf(c.feedbackReceived)} detail={`đã trả lời ${nf(c.feedbackAnswered)}`} />
          <Card label="Đăng ký mới" value={nf(t.newVoluntaryBhxh + t.newHouseholdBhyt)} detail={`BHXH tự nguyện ${nf(t.newVoluntaryBhxh)} · BHYT hộ gia đình ${nf(t.newHouseholdBhyt)}`} />
          <Card
            label="Kinh phí đã dùng / dự toán"
            value={nf(t.cost)}
            detail={c.budgetEstimate === null ? 'chưa có dự toán được duyệt' : `dự toán ${nf(c.budgetEstimate)} đồng (${nf((t.cost / (c.budgetEstimate || 1)) * 100, 1)}%)`}
            tone={c.budgetEstimate !== null && t.cost > c.budgetEstimate ? 'bad' : undefined}
          />
        </div>
      </Section>

      <Section title="Các cấp độ đánh giá: đầu vào → đầu ra → tiếp nhận → kết quả → tác động" testId="evaluation-levels">
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(5, minmax(150px, 1fr))', gap: '0.5rem', overflowX: 'auto' }}>
          {data.levels.map((level, i) => (
            <div key={level.key} style={{ ...box, position: 'relative' }}>
              <div style={{ fontWeight: 600 }}>
                {i + 1}. {level.vi} <span style={{ opacity: 0.6, fontWeight: 400 }}>({level.en})</span>
              </div>
              <ul style={{ margin: '0.5rem 0 0', paddingLeft: '1rem', fontSize: '0.85rem' }}>
                {level.items.map((item) => (
                  <li key={item.label}>
                    {item.label}: <strong>{item.unit === 'điểm %' ? signed(item.value) : nf(item.value, item.unit === '%' ? 1 : 0)}</strong> {item.unit}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        {satisfaction !== null && <p style={{ fontSize: '0.85rem', opacity: 0.8 }}>Mức hài lòng tính bình quân theo số người dự.</p>}
      </Section>

      <div style={grid(420)}>
        <Section title="Sự kiện và người tham dự theo tháng" testId="chart-months">
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart data={data.months}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" />
              <YAxis yAxisId="events" allowDecimals={false} />
              <YAxis yAxisId="reach" orientation="right" />
              <Tooltip formatter={(v) => nf(Number(v))} />
              <Legend />
              <Bar yAxisId="events" dataKey="events" name="Sự kiện" fill="#2563eb" />
              <Bar yAxisId="events" dataKey="outputs" name="Tin, bài" fill="#93c5fd" />
              <Line yAxisId="reach" dataKey="reach" name="Người tham dự" stroke="#dc2626" strokeWidth={2} />
            </ComposedChart>
          </ResponsiveContainer>
        </Section>
        <Section title="Người được tiếp cận theo nhóm đối tượng" testId="chart-groups">
          <ResponsiveContainer width="100%" height={Math.max(260, data.reachByGroup.length * 24)}>
            <BarChart data={data.reachByGroup} layout="vertical" margin={{ left: 40 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" />
              <YAxis type="category" dataKey="name" width={160} interval={0} tick={{ fontSize: 11 }} tickFormatter={short} />
              <Tooltip formatter={(v) => nf(Number(v))} />
              <Bar dataKey="reach" name="Người" fill="#059669" />
            </BarChart>
          </ResponsiveContainer>
        </Section>
        <Section title="Theo hình thức, kênh" testId="chart-channels">
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={channelRows} margin={{ bottom: 60 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" angle={-35} textAnchor="end" interval={0} tick={{ fontSize: 10 }} />
              <YAxis allowDecimals={false} />
              <Tooltip formatter={(v) => nf(Number(v))} />
              <Bar dataKey="items" name="Số sự kiện / sản phẩm" fill="#7c3aed" />
            </BarChart>
          </ResponsiveContainer>
        </Section>
        <Section title="Ý kiến người dân theo chủ đề" testId="chart-topics">
          <ResponsiveContainer width="100%" height={Math.max(260, data.feedbackByTopic.length * 24)}>
            <BarChart data={data.feedbackByTopic} layout="vertical" margin={{ left: 40 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={180} interval={0} tick={{ fontSize: 10 }} tickFormatter={short} />
              <Tooltip formatter={(v) => nf(Number(v))} />
              <Bar dataKey="count" name="Ý kiến" fill="#d97706" />
            </BarChart>
          </ResponsiveContainer>
        </Section>
      </div>

      {c.budgetBySource.some((b) => b.estimate || b.actual) && (
        <Section title="Kinh phí theo nguồn: dự toán và thực tế" testId="budget">
          <table style={{ borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th style={{ ...cell, textAlign: 'left' }}>Nguồn</th>
                <th style={cell}>Dự toán (đồng)</th>
                <th style={cell}>Đã sử dụng (đồng)</th>
                <th style={cell}>Tỷ lệ</th>
              </tr>
            </thead>
            <tbody>
              {c.budgetBySource.map((b) => (
                <tr key={b.source}>
                  <td style={{ ...cell, textAlign: 'left' }}>{b.label}</td>
                  <td style={cell}>{nf(b.estimate)}</td>
                  <td style={cell}>{nf(b.actual)}</td>
                  <td style={cell}>{b.estimate ? `${nf((b.actual / b.estimate) * 100, 1)}%` : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}

      {data.budget && (data.budget.organizations.rows.length > 0 || data.budget.campaigns.rows.length > 0) && (
        <Section title={`Kinh phí năm ${data.query.year}: dự toán được duyệt và thực tế theo đơn vị, chiến dịch`} testId="budget-by-body">
          <div style={grid(420)}>
            {(
              [
                ['Cơ quan, đơn vị', data.budget.organizations],
                ['Chiến dịch', data.budget.campaigns],
              ] as const
            ).map(([title, table]) => (
              <table key={title} style={{ borderCollapse: 'collapse', fontSize: '0.85rem', alignSelf: 'start' }}>
                <thead>
                  <tr>
                    <th style={{ ...cell, textAlign: 'left' }}>{title}</th>
                    <th style={cell}>Dự toán (đồng)</th>
                    <th style={cell}>Thực tế (đồng)</th>
                    <th style={cell}>Đã dùng</th>
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((r) => (
                    <tr key={r.id}>
                      <td style={{ ...cell, textAlign: 'left', whiteSpace: 'normal' }}>{r.name}</td>
                      <td style={cell}>{nf(r.estimateTotal)}</td>
                      <td style={{ ...cell, color: r.over ? '#b91c1c' : undefined }}>{nf(r.actualTotal)}</td>
                      <td style={cell}>{r.usedPercent === null ? 'chưa có dự toán' : `${nf(r.usedPercent, 1)}%`}</td>
                    </tr>
                  ))}
                  <tr>
                    <th style={{ ...cell, textAlign: 'left' }}>Tổng cộng</th>
                    <th style={cell}>{nf(table.estimateTotal)}</th>
                    <th style={cell}>{nf(table.actualTotal)}</th>
                    <th style={cell} />
                  </tr>
                </tbody>
              </table>
            ))}
          </div>
        </Section>
      )}

      {data.communes.length > 0 && (
        <Section title="Kết quả theo xã, phường, đặc khu (địa bàn cần ưu tiên xếp trước)" testId="commune-table">
          <div style={{ overflowX: 'auto' }}>
            <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: '0.85rem' }}>
              <thead>
                <tr>
                  {['TT', 'Xã, phường, đặc khu', 'BHYT', 'Chỉ tiêu', 'Thiếu', 'So kỳ trước', 'BHXH', 'Chỉ tiêu', 'Thiếu', 'So kỳ trước', 'Sự kiện/1.000 dân', 'Người dự/1.000 dân', 'Xếp loại', 'Nguyên nhân, giải pháp'].map(
                    (h, i) => (
                      <th key={i} style={{ ...cell, textAlign: i === 1 || i === 13 ? 'left' : 'right' }}>
                        {h}
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody>
                {data.communes.map((r, i) => (
                  <tr key={r.id} data-testid="commune-row" data-priority={r.priority}>
                    <td style={cell}>{i + 1}</td>
                    <td style={{ ...cell, textAlign: 'left' }}>{r.name}</td>
                    <td style={cell}>{pct(r.rates?.bhytCoverage)}</td>
                    <td style={cell}>{pct(r.targets.bhytCoverage)}</td>
                    <td style={{ ...cell, color: (r.bhytGap ?? 0) > 0 ? '#b91c1c' : undefined }}>{r.bhytGap !== null && r.bhytGap > 0 ? nf(r.bhytGap, 2) : '–'}</td>
                    <td style={cell}>{signed(r.bhytTrend)}</td>
                    <td style={cell}>{pct(r.rates?.bhxhParticipation)}</td>
                    <td style={cell}>{pct(r.targets.bhxhParticipation)}</td>
                    <td style={{ ...cell, color: (r.bhxhGap ?? 0) > 0 ? '#b91c1c' : undefined }}>{r.bhxhGap !== null && r.bhxhGap > 0 ? nf(r.bhxhGap, 2) : '–'}</td>
                    <td style={cell}>{signed(r.bhxhTrend)}</td>
                    <td style={cell}>{nf(r.eventsPer1000, 2)}</td>
                    <td style={cell}>{nf(r.reachPer1000, 1)}</td>
                    <td style={{ ...cell, color: PRIORITY[r.priority].colour, fontWeight: r.priority <= 2 ? 600 : 400 }} title={PRIORITY[r.priority].title}>
                      {PRIORITY[r.priority].text}
                    </td>
                    <td style={{ ...cell, textAlign: 'left', whiteSpace: 'normal', minWidth: 220 }}>
                      {r.causesAndRemedies ?? (r.priority <= 2 ? <em style={{ opacity: 0.7 }}>chưa nêu</em> : '')}{' '}
                      {r.indicatorId && (
                        <a href={`${adminURL}/collections/indicators/${r.indicatorId}`} style={{ fontSize: '0.8rem' }}>
                          {r.causesAndRemedies ? 'sửa' : 'ghi nguyên nhân, giải pháp'}
                        </a>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p style={{ fontSize: '0.8rem', opacity: 0.8 }}>
            Ưu tiên 1: chưa đạt chỉ tiêu BHYT hoặc BHXH và số sự kiện trên 1.000 dân thấp hơn trung vị các địa bàn. Thiếu và so kỳ trước tính bằng điểm phần trăm.
          </p>
        </Section>
      )}

      <Section title={`Nhóm đối tượng × chủ đề: ${data.matrix.untouched} cặp chưa được tuyên truyền trong kỳ`} testId="coverage-matrix">
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', fontSize: '0.8rem' }}>
            <thead>
              <tr>
                <th style={{ ...cell, textAlign: 'left' }}>Nhóm \ Chủ đề</th>
                {data.matrix.topics.map((topic) => (
                  <th key={topic.id} style={{ ...cell, whiteSpace: 'normal', maxWidth: 120, textAlign: 'center' }}>
                    {topic.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.matrix.groups.map((g) => (
                <tr key={g.id}>
                  <th style={{ ...cell, textAlign: 'left', whiteSpace: 'normal', maxWidth: 200 }}>{groupName.get(g.id)}</th>
                  {data.matrix.topics.map((topic) => {
                    const m = data.matrix.cells.find((x) => x.group === g.id && x.topic === topic.id)
                    const none = !m || m.items === 0
                    return (
                      <td
                        key={topic.id}
                        data-testid={none ? 'matrix-gap' : 'matrix-hit'}
                        title={none ? 'Chưa có hoạt động nào' : m.channels.map((ch) => data.matrix.channelNames[ch] ?? ch).join(', ')}
                        style={{ ...cell, textAlign: 'center', background: none ? '#fee2e2' : undefined, color: none ? '#b91c1c' : undefined }}
                      >
                        {none ? 'chưa có' : nf(m.items)}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p style={{ fontSize: '0.8rem', opacity: 0.8 }}>Số sự kiện và tin, bài đã đến với mỗi cặp; rê chuột để xem các hình thức, kênh đã dùng.</p>
      </Section>
    </div>
  )
}
