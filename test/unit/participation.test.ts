import { describe, expect, it } from 'vitest'

import { communeMatcher, mapHeaders, parseCount, parsePeriod, readImport, IMPORT_COLUMNS } from '../../src/domain/indicatorImport'
import { figureErrors, participationRates, sumCounts, type Counts } from '../../src/domain/participation'

const counts: Counts = { population: 40_000, labourForce: 25_000, bhytParticipants: 38_400, bhxhCompulsory: 12_000, bhxhVoluntary: 1_500, bhtnParticipants: 11_000 }

describe('rates are computed from counts', () => {
  it('BHYT over population, BHXH and BHTN over the labour force, in percent to two decimals', () => {
    expect(participationRates(counts)).toEqual({
      bhytCoverage: 96, // 38,400 / 40,000
      bhxhParticipation: 54, // 13,500 / 25,000
      bhxhCompulsoryRate: 48,
      bhxhVoluntaryRate: 6,
      bhtnParticipation: 44,
    })
    expect(participationRates({ ...counts, bhytParticipants: 1, population: 3 }).bhytCoverage).toBe(33.33)
    expect(participationRates({ ...counts, labourForce: 0 }).bhxhParticipation).toBeNull()
  })

  it('the city’s rate comes from summed counts, not from averaging communes’ rates', () => {
    const small: Counts = { population: 1_000, labourForce: 600, bhytParticipants: 1_000, bhxhCompulsory: 300, bhxhVoluntary: 0, bhtnParticipants: 300 }
    const city = sumCounts([counts, small])
    expect(city.population).toBe(41_000)
    // (38,400 + 1,000) / 41,000 = 96.10 %, not the mean of 96 % and 100 %.
    expect(participationRates(city).bhytCoverage).toBe(96.1)
  })
})

describe('figures that cannot be stored', () => {
  const ok = { year: 2026, period: 'h1', ...counts }
  it('accepts consistent figures', () => expect(figureErrors(ok)).toEqual([]))
  it('refuses missing, negative, fractional and impossible figures, naming the field', () => {
    const fields = (input: Record<string, unknown>) => figureErrors({ ...ok, ...input }).map((e) => e.field)
    expect(fields({ population: undefined })).toEqual(['population'])
    expect(fields({ bhxhVoluntary: -1 })).toEqual(['bhxhVoluntary'])
    expect(fields({ bhtnParticipants: 10.5 })).toEqual(['bhtnParticipants'])
    expect(fields({ bhytParticipants: 40_001 })).toEqual(['bhytParticipants'])
    expect(fields({ labourForce: 40_001 })).toEqual(['labourForce'])
    expect(fields({ bhxhCompulsory: 39_000 })).toEqual(['bhxhCompulsory'])
    expect(fields({ year: 2031, period: 'q3' })).toEqual(['year', 'period'])
    expect(figureErrors({ ...ok, bhytParticipants: 40_001 })[0].message).toBe('Số người tham gia BHYT (40001) lớn hơn dân số (40000).')
  })
})

describe('reading the import file', () => {
  const localities = [
    { id: 1, name: 'Phường An Biên' },
    { id: 2, name: 'Xã Hòa Bình' },
    { id: 3, name: 'Phường Hòa Bình' },
    { id: 4, name: 'Xã Cẩm Giang' },
    { id: 5, name: 'Xã Cẩm Giàng' },
  ]
  const header = IMPORT_COLUMNS.map((c) => c.header)
  const line = (commune: string, extra: Partial<Record<string, unknown>> = {}) => {
    const values: Record<string, unknown> = { commune, year: 2026, period: 'H1', ...counts, note: '', ...extra }
    return IMPORT_COLUMNS.map((c) => values[c.key])
  }

  it('reads Vietnamese-formatted numbers and period names', () => {
    expect([parseCount('12.345'), parseCount('12,345'), parseCount('12 345'), parseCount(7), parseCount('')]).toEqual([12345, 12345, 12345, 7, null])
    expect(parseCount('12,5')).toBe(12.5)
    expect(parseCount('mười')).toBeNaN()
    expect([parsePeriod('H1'), parsePeriod('6 tháng cuối năm'), parsePeriod('Cả năm'), parsePeriod('quý 3')]).toEqual(['h1', 'h2', 'year', null])
  })

  it('matches communes ignoring accents and case, and without the prefix only when unambiguous', () => {
    const find = communeMatcher(localities)
    expect(find('phuong an bien')).toEqual(localities[0])
    expect(find('An Biên')).toEqual(localities[0])
    expect(find('Hòa Bình')).toBe('ambiguous')
    expect(find('Xã Hoà Bình')).toEqual(localities[1])
    expect(find('Phường Không Có')).toBeNull()
  })

  it('two communes whose names differ only by an accent are told apart by it, never guessed without it', () => {
    const find = communeMatcher(localities)
    expect(find('Xã Cẩm Giang')).toEqual(localities[3])
    expect(find('xã cẩm giàng')).toEqual(localities[4])
    expect(find('Cẩm Giàng')).toEqual(localities[4])
    expect(find('Xa Cam Giang')).toBe('ambiguous')
    expect(find('Cam Giang')).toBe('ambiguous')
  })

  it('accepts a clean file, with the rates computed', () => {
    const { rows, problems } = readImport([header, line('Phường An Biên'), [], line('Xã Hòa Bình', { period: 'Năm', population: '40.000' })], localities)
    expect(problems).toEqual([])
    expect(rows.map((r) => [r.row, r.localityId, r.period, r.rates.bhytCoverage])).toEqual([
      [2, 1, 'h1', 96],
      [4, 2, 'year', 96],
    ])
  })

  it('lists every problem by row and column, in Vietnamese', () => {
    const { problems } = readImport(
      [header, line('Phường Không Có'), line('Phường An Biên', { bhytParticipants: 50_000 }), line('Phường An Biên', { labourForce: '', period: 'H2' }), line('Phường An Biên')],
      localities,
    )
    expect(problems).toEqual([
      { row: 2, column: 'Xã, phường, đặc khu', message: 'Không có xã, phường, đặc khu tên "Phường Không Có" trong danh mục 114 đơn vị.' },
      { row: 3, column: 'Số người tham gia BHYT', message: 'Số người tham gia BHYT (50000) lớn hơn dân số (40000).' },
      { row: 4, column: 'Lực lượng lao động trong độ tuổi', message: 'Thiếu "Lực lượng lao động trong độ tuổi".' },
      { row: 5, column: 'Xã, phường, đặc khu', message: 'Trùng với dòng 3: cùng đơn vị, năm và kỳ.' },
    ])
  })

  it('refuses a file without the template’s columns, or with no data', () => {
    expect(mapHeaders(['Xã, phường, đặc khu', 'Năm']).problems[0].message).toBe('Thiếu cột "Kỳ (H1, H2, Năm)". Hãy dùng tệp mẫu.')
    expect(readImport([header], localities).problems).toEqual([{ row: null, column: null, message: 'Tệp không có dòng số liệu nào.' }])
    expect(readImport([], localities).problems[0].message).toBe('Tệp trống.')
  })
})
