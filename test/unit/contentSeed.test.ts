/** The content library's seed data holds together: every reference resolves, every group and theme is served. */
import { describe, expect, it } from 'vitest'

import { AUDIENCE_GROUPS } from '../../src/seed/data/audienceGroups'
import { CHANNELS, TOPICS } from '../../src/seed/data/catalogue'
import { MATERIALS, MESSAGES, QUESTIONS } from '../../src/seed/data/content'
import { LEGAL_DOCUMENTS } from '../../src/seed/data/legalDocuments'

const documents = new Set(LEGAL_DOCUMENTS.map((d) => d.key))
const groups = new Set(AUDIENCE_GROUPS.map((g) => g.code))
const topics = new Set(TOPICS.map((t) => t.code))
const channels = new Set(CHANNELS.map((c) => c.code))
const lists = { messages: MESSAGES, questions: QUESTIONS, materials: MATERIALS }

describe('content seed', () => {
  it('has at least 20 messages, 30 Q&A and 10 materials of 6 kinds or more', () => {
    expect(MESSAGES.length).toBeGreaterThanOrEqual(20)
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(30)
    expect(MATERIALS.length).toBeGreaterThanOrEqual(10)
    expect(new Set(MATERIALS.map((m) => m.kind)).size).toBeGreaterThanOrEqual(6)
  })

  it('is counted in the features documentation as it is in the data', async () => {
    const features = (await import('node:fs')).readFileSync(new URL('../../docs/features.md', import.meta.url), 'utf8').replace(/\s+/g, ' ')
    const counts = /the (\d+) legal documents the plans cite, (\d+) standardized messages, (\d+) Q&A and (\d+) materials/.exec(features)
    expect(counts?.slice(1).map(Number)).toEqual([LEGAL_DOCUMENTS.length, MESSAGES.length, QUESTIONS.length, MATERIALS.length])
  })

  it('tells the 60–70 age group what was adopted, not that support is being studied (seed 000: NQ 05/2024 until 31/12/2025)', () => {
    const texts = [...MESSAGES.flatMap((m) => [m.short, ...m.body]), ...AUDIENCE_GROUPS.map((g) => g.description ?? '')]
    expect(texts.filter((t) => /đang nghiên cứu|được đề xuất hỗ trợ/.test(t))).toEqual([])
    expect(LEGAL_DOCUMENTS.find((d) => d.number === '05/2024/NQ-HĐND')?.status).toBe('expired')
    expect(LEGAL_DOCUMENTS.find((d) => d.number === '51/2024/QH15')?.effectiveDate).toBe('2025-07-01')
  })

  it('keeps every short form within 160 letters and every key unique', () => {
    for (const m of MESSAGES) expect([...m.short.normalize('NFC')].length, m.key).toBeLessThanOrEqual(160)
    const keys = [...MESSAGES, ...QUESTIONS, ...MATERIALS].map((i) => i.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(new Set(LEGAL_DOCUMENTS.map((d) => d.number)).size).toBe(LEGAL_DOCUMENTS.length)
  })

  it('cites only known documents and uses only known groups, topics, channels and messages', () => {
    const messageKeys = new Set(MESSAGES.map((m) => m.key))
    for (const item of [...MESSAGES, ...QUESTIONS, ...MATERIALS]) {
      expect(item.legal.length, item.key).toBeGreaterThan(0)
      for (const ref of item.legal) expect(documents.has(ref.document), `${item.key} → ${ref.document}`).toBe(true)
      for (const g of item.audiences) expect(groups.has(g), `${item.key} → group ${g}`).toBe(true)
      for (const t of item.topics) expect(topics.has(t), `${item.key} → topic ${t}`).toBe(true)
    }
    for (const m of MATERIALS) {
      for (const c of m.channels) expect(channels.has(c), `${m.key} → ${c}`).toBe(true)
      for (const k of m.messages) expect(messageKeys.has(k), `${m.key} → ${k}`).toBe(true)
    }
    for (const d of LEGAL_DOCUMENTS) for (const k of d.amendedBy ?? []) expect(documents.has(k)).toBe(true)
  })

  it('serves every one of the six groups and every theme in each list', () => {
    for (const [name, items] of Object.entries(lists)) {
      const seenGroups = new Set(items.flatMap((i) => i.audiences.map((g) => g.split('.')[0])))
      const seenTopics = new Set(items.flatMap((i) => i.topics))
      expect([...seenGroups].sort(), name).toEqual(['1', '2', '3', '4', '5', '6'])
      for (const theme of ['ND1', 'ND2', 'ND3', 'ND4', 'ND5']) expect(seenTopics.has(theme), `${name}: ${theme}`).toBe(true)
    }
  })

  it('gives legal documents valid dates, effective no earlier than issued', () => {
    for (const d of LEGAL_DOCUMENTS) {
      for (const date of [d.issueDate, d.effectiveDate].filter(Boolean)) expect(Number.isNaN(Date.parse(date!)), d.key).toBe(false)
      if (d.issueDate && d.effectiveDate) expect(d.effectiveDate >= d.issueDate).toBe(true)
    }
  })
})
