'use client'

import { useEffect, useState, type FormEvent } from 'react'

type Option = { id: string; name: string }
type Result = { ok: true } | { ok: false; message: string }

/** Messages Payload returns: field errors first (they say what to fix), then the general one. */
function reasonOf(body: { errors?: { message?: string; data?: { errors?: { message: string }[] } }[] }): string {
  const first = body.errors?.[0]
  return first?.data?.errors?.map((e) => e.message).join(' ') || first?.message || 'Không gửi được góp ý. Vui lòng thử lại.'
}

export function FeedbackForm({ communes, groups, topics }: { communes: Option[]; groups: Option[]; topics: Option[] }) {
  const [consent, setConsent] = useState(false)
  const [sending, setSending] = useState(false)
  const [result, setResult] = useState<Result | null>(null)
  // Until the script runs, the form is inert (no native submission that would put answers in a URL).
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const value = (k: string) => (String(form.get(k) ?? '').trim() || undefined)
    setSending(true)
    setResult(null)
    try {
      const res = await fetch('/api/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          kind: value('kind'),
          text: value('text'),
          locality: value('locality'),
          audienceGroup: value('audienceGroup'),
          topic: value('topic'),
          consent,
          name: consent ? value('name') : undefined,
          phone: consent ? value('phone') : undefined,
          email: consent ? value('email') : undefined,
          website: value('website'),
        }),
      })
      setResult(res.ok ? { ok: true } : { ok: false, message: reasonOf(await res.json().catch(() => ({}))) })
    } catch {
      setResult({ ok: false, message: 'Không kết nối được máy chủ. Vui lòng thử lại.' })
    } finally {
      setSending(false)
    }
  }

  if (result?.ok) {
    return (
      <div role="status" className="short" data-testid="feedback-sent">
        Cảm ơn bạn! Câu hỏi, góp ý đã được gửi tới cơ quan BHXH và chính quyền địa phương.{' '}
        <a href="/gop-y" onClick={() => setResult(null)}>
          Gửi thêm
        </a>
      </div>
    )
  }

  return (
    <form className="search feedback" method="post" onSubmit={send} data-ready={ready ? 'true' : undefined}>
      <label>
        Loại
        <select name="kind" defaultValue="question">
          <option value="question">Câu hỏi</option>
          <option value="complaint">Phản ánh, khiếu nại</option>
          <option value="suggestion">Kiến nghị, góp ý</option>
        </select>
      </label>
      <label>
        Nội dung
        <textarea name="text" required minLength={5} maxLength={2000} rows={5} />
      </label>
      <label>
        Xã, phường, đặc khu nơi bạn sống hoặc làm việc
        <select name="locality" defaultValue="">
          <option value="">— Chọn —</option>
          {communes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Bạn là
        <select name="audienceGroup" defaultValue="">
          <option value="">— Chọn —</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Chủ đề
        <select name="topic" defaultValue="">
          <option value="">— Chọn —</option>
          {topics.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="consent">
        <input type="checkbox" name="consent" checked={consent} onChange={(e) => setConsent(e.target.checked)} /> Tôi đồng ý để cơ
        quan BHXH, chính quyền dùng họ tên, số điện thoại, email dưới đây để trả lời tôi (Nghị định 13/2023/NĐ-CP).
      </label>
      {consent ? (
        <>
          <label>
            Họ tên
            <input name="name" maxLength={120} autoComplete="name" />
          </label>
          <label>
            Số điện thoại
            <input name="phone" maxLength={20} inputMode="tel" autoComplete="tel" />
          </label>
          <label>
            Email
            <input name="email" type="email" maxLength={200} autoComplete="email" />
          </label>
        </>
      ) : null}
      {/* Spam trap: hidden from people and screen readers; bots fill it in. */}
      <div aria-hidden="true" style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}>
        <label>
          Website
          <input name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      {result && !result.ok ? (
        <p role="alert" className="error" data-testid="feedback-error">
          {result.message}
        </p>
      ) : null}
      <button type="submit" disabled={sending || !ready}>
        {sending ? 'Đang gửi…' : 'Gửi'}
      </button>
    </form>
  )
}
