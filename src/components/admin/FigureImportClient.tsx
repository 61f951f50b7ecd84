'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

type Problem = { row: number | null; column: string | null; message: string }
type Row = { row: number; commune: string; year: number; period: string; rates: Record<string, number | null> } & Record<string, unknown>
type Answer = { committed?: boolean; created?: number; updated?: number; rows?: Row[]; problems?: Problem[]; errors?: { message: string }[] }

const PERIOD: Record<string, string> = { h1: 'H1', h2: 'H2', year: 'Năm' }
const COUNTS = ['population', 'labourForce', 'bhytParticipants', 'bhxhCompulsory', 'bhxhVoluntary', 'bhtnParticipants']
const RATES = ['bhytCoverage', 'bhxhParticipation', 'bhxhCompulsoryRate', 'bhxhVoluntaryRate', 'bhtnParticipation']
const number = (n: unknown) => (typeof n === 'number' ? n.toLocaleString('vi-VN') : '–')

/** Upload → preview (rows with rates, or the problems) → write; the server checks everything again. */
export function FigureImportClient(props: { apiURL: string; canImport: boolean; columns: string[]; rateHeaders: string[]; language: 'vi' | 'en' }) {
  const { apiURL, canImport, columns, rateHeaders, language } = props
  const en = language === 'en'
  const [file, setFile] = useState<File | null>(null)
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [busy, setBusy] = useState(false)

  const send = async (commit: boolean) => {
    if (!file) return
    setBusy(true)
    try {
      const form = new FormData()
      form.append('file', file)
      const res = await fetch(`${apiURL}/indicators/import${commit ? '?commit=true' : ''}`, { method: 'POST', body: form, credentials: 'include' })
      setAnswer((await res.json()) as Answer)
    } catch (error) {
      setAnswer({ errors: [{ message: (error as Error).message }] })
    } finally {
      setBusy(false)
    }
  }

  const problems = answer?.problems ?? []
  const rows = answer?.rows ?? []
  return (
    <div data-testid="figure-import" style={{ maxWidth: '80rem' }}>
      <p>
        {en ? 'One row per commune and period, in the columns of the template: ' : 'Mỗi dòng một xã, phường, đặc khu và một kỳ, theo các cột của tệp mẫu: '}
        <em>{columns.join(' · ')}</em>.{' '}
        <a href={`${apiURL}/indicators/template`}>{en ? 'Template (.xlsx)' : 'Tải tệp mẫu (.xlsx)'}</a>
        {' · '}
        <a href={`${apiURL}/indicators/template?format=csv`}>CSV</a>
        {' · '}
        <a href={`${apiURL}/indicators/export`}>{en ? 'Export all figures' : 'Xuất toàn bộ số liệu (.xlsx)'}</a>
      </p>
      {!canImport ? (
        <p>{en ? 'Only Sở Nội vụ and administrators import figures.' : 'Chỉ cán bộ Sở Nội vụ và quản trị hệ thống được nhập số liệu.'}</p>
      ) : (
        <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap', margin: '1rem 0' }}>
          <input
            type="file"
            name="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null)
              setAnswer(null)
            }}
          />
          <Button buttonStyle="secondary" disabled={!file || busy} onClick={() => send(false)} size="medium">
            {en ? 'Check the file' : 'Kiểm tra tệp'}
          </Button>
          <Button disabled={!file || busy || !answer || answer.committed || problems.length > 0 || rows.length === 0} onClick={() => send(true)} size="medium">
            {en ? `Write ${rows.length} rows` : `Ghi ${rows.length} dòng số liệu`}
          </Button>
          {busy && <span role="status">{en ? 'Working…' : 'Đang xử lý…'}</span>}
        </div>
      )}
      {answer?.committed && (
        <p role="status" data-testid="import-done" style={{ color: 'var(--theme-success-500)' }}>
          {en
            ? `Written: ${answer.created} new, ${answer.updated} replaced.`
            : `Đã ghi số liệu: ${answer.created} bản ghi mới, ${answer.updated} bản ghi được thay thế.`}
        </p>
      )}
      {!answer?.committed && (answer?.errors?.length ?? 0) > 0 && (
        <p role="alert" data-testid="import-error" style={{ color: 'var(--theme-error-500)' }}>
          {answer!.errors![0].message}
        </p>
      )}
      {problems.length > 0 && (
        <table data-testid="import-problems" style={{ borderCollapse: 'collapse', marginBottom: '1rem' }}>
          <thead>
            <tr style={{ textAlign: 'left' }}>
              <th>{en ? 'Row' : 'Dòng'}</th>
              <th>{en ? 'Column' : 'Cột'}</th>
              <th>{en ? 'Problem' : 'Lỗi'}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i} style={{ borderTop: '1px solid var(--theme-elevation-150)' }}>
                <td style={{ paddingRight: '1rem' }}>{p.row ?? '–'}</td>
                <td style={{ paddingRight: '1rem' }}>{p.column ?? '–'}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!answer?.committed && rows.length > 0 && (
        <div style={{ overflowX: 'auto' }}>
          <table data-testid="import-preview" style={{ borderCollapse: 'collapse', fontSize: '0.85rem' }}>
            <thead>
              <tr style={{ textAlign: 'right' }}>
                <th style={{ textAlign: 'left' }}>{en ? 'Row' : 'Dòng'}</th>
                {columns.map((h) => (
                  <th key={h} style={{ padding: '0 0.5rem' }}>{h}</th>
                ))}
                {rateHeaders.map((h) => (
                  <th key={h} style={{ padding: '0 0.5rem' }}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.row} style={{ borderTop: '1px solid var(--theme-elevation-150)', textAlign: 'right' }}>
                  <td style={{ textAlign: 'left' }}>{r.row}</td>
                  <td style={{ textAlign: 'left', padding: '0 0.5rem' }}>{r.commune}</td>
                  <td>{r.year}</td>
                  <td>{PERIOD[r.period] ?? r.period}</td>
                  {COUNTS.map((k) => (
                    <td key={k} style={{ padding: '0 0.5rem' }}>{number(r[k])}</td>
                  ))}
                  {RATES.map((k) => (
                    <td key={k} style={{ padding: '0 0.5rem' }}>{number(r.rates[k])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
