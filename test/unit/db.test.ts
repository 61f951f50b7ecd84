import { describe, expect, it } from 'vitest'

import { databaseKind } from '../../src/db'
import { communeCommitteeName } from '../../src/seed/data/organizations'

describe('DATABASE_URL picks the adapter', () => {
  it('file: is SQLite, postgres:// PostgreSQL, mongodb:// MongoDB', () => {
    expect(databaseKind('file:./data/loa.db')).toBe('sqlite')
    expect(databaseKind('postgres://u:p@127.0.0.1:5432/loa')).toBe('postgres')
    expect(databaseKind('postgresql://u:p@db/loa')).toBe('postgres')
    expect(databaseKind('mongodb://127.0.0.1:27017/loa')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example/loa')).toBe('mongodb')
  })

  it('anything else is refused with a message in Vietnamese and English', () => {
    expect(() => databaseKind('mysql://localhost/loa')).toThrow(/DATABASE_URL không hợp lệ.*unsupported/)
  })
})

describe('commune People’s Committees', () => {
  it('are named the way Hải Phòng writes them', () => {
    expect(communeCommitteeName('Phường Thiên Hương')).toBe('UBND phường Thiên Hương')
    expect(communeCommitteeName('Xã An Lão')).toBe('UBND xã An Lão')
    expect(communeCommitteeName('Đặc khu Bạch Long Vĩ')).toBe('UBND đặc khu Bạch Long Vĩ')
  })
})
