import { describe, expect, it } from 'vitest'

import { databaseKind, turnQueue } from '../../src/db'
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

describe('SQLite writers take turns (turnQueue)', () => {
  it('one holder at a time, the others in the order they asked; a second release changes nothing', async () => {
    const turns = turnQueue(1_000)
    const order: string[] = []
    const first = await turns.take()
    const waiting = ['b', 'c'].map((name) => turns.take().then((release) => (order.push(name), release)))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(order).toEqual([])
    first()
    first()
    const b = await waiting[0]
    expect(order).toEqual(['b'])
    b()
    ;(await waiting[1])()
    expect(order).toEqual(['b', 'c'])
    ;(await turns.take())() // free again
  })

  it('a turn not given in time fails like a busy database, and leaves the queue working', async () => {
    const turns = turnQueue(30)
    const held = await turns.take()
    await expect(turns.take()).rejects.toThrow(/SQLITE_BUSY: database is locked/)
    held()
    ;(await turns.take())()
  })
})
