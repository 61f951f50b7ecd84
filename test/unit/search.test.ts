import { describe, expect, it } from 'vitest'

import { highlight, queryTerms, rankQuestions, scoreQuestion } from '../../src/domain/search'
import { foldForSearch } from '../../src/domain/text'

describe('queryTerms', () => {
  it('folds accents and case, drops filler words, keeps each term once, longest first', () => {
    expect(queryTerms('Bảo hiểm xã hội TỰ NGUYỆN và bảo hiểm')).toEqual(['nguyen', 'hiem', 'bao', 'hoi', 'xa', 'tu'])
    expect(queryTerms('  ')).toEqual([])
    // A query of filler words only still searches for them.
    expect(queryTerms('thì sao')).toEqual(['sao'])
    expect(queryTerms('và')).toEqual(['va'])
  })
})

describe('ranking', () => {
  const item = (question: string, answer = '', approvedAt = '2026-01-01') => ({
    question,
    searchText: foldForSearch(`${question}\n${answer}`),
    approvedAt,
  })
  const phrase = item('Bảo hiểm xã hội tự nguyện là gì?')
  const scattered = item('Tự nguyện đóng bảo hiểm cho người thân có được hỗ trợ từ xã hội?')
  const inAnswer = item('Ai được nhà nước hỗ trợ tiền đóng?', 'Người tham gia bảo hiểm xã hội tự nguyện được hỗ trợ.')
  const unrelated = item('Thẻ BHYT bị mất thì làm sao?')

  it('the phrase in the question beats scattered words, which beat a match in the answer only', () => {
    const q = 'bao hiem xa hoi tu nguyen'
    expect(scoreQuestion(phrase, q)).toBeGreaterThan(scoreQuestion(scattered, q))
    expect(scoreQuestion(scattered, q)).toBeGreaterThan(scoreQuestion(inAnswer, q))
    expect(scoreQuestion(unrelated, q)).toBe(0)
    expect(rankQuestions([unrelated, inAnswer, scattered, phrase], q)).toEqual([phrase, scattered, inAnswer, unrelated])
  })

  it('accented and unaccented queries rank the same way', () => {
    const items = [inAnswer, scattered, phrase]
    expect(rankQuestions(items, 'bảo hiểm xã hội tự nguyện')).toEqual(rankQuestions(items, 'bao hiem xa hoi tu nguyen'))
  })

  it('equal scores go to the newer answer', () => {
    const older = item('Rút BHXH một lần', '', '2026-01-01')
    const newer = item('Rút BHXH một lần', '', '2026-05-01')
    expect(rankQuestions([older, newer], 'rut mot lan')[0]).toBe(newer)
  })
})

describe('highlight', () => {
  const marked = (text: string, q: string) =>
    highlight(text, q)
      .filter((s) => s.match)
      .map((s) => s.text)

  it('marks the accented words an unaccented query matches, keeping the original text', () => {
    const text = 'Bảo hiểm xã hội tự nguyện là gì?'
    expect(marked(text, 'bao hiem xa hoi tu nguyen')).toEqual(['Bảo hiểm xã hội tự nguyện'])
    expect(highlight(text, 'bao hiem').map((s) => s.text).join('')).toBe(text)
  })

  it('matches case-insensitively and inside words, and leaves text without matches whole', () => {
    expect(marked('Ứng dụng VssID trên điện thoại', 'vssid')).toEqual(['VssID'])
    expect(marked('Đăng ký thẻ BHYT', 'dang ky')).toEqual(['Đăng ký'])
    expect(highlight('Không có gì', 'bhyt')).toEqual([{ text: 'Không có gì', match: false }])
  })

  it('works on decomposed input', () => {
    expect(marked('Hỗ trợ'.normalize('NFD'), 'ho tro')).toEqual(['Hỗ trợ'])
  })
})
