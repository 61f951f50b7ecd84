import { describe, expect, it } from 'vitest'

import { databaseKind, transactionsOnOneConnection, turnQueue } from '../../src/db'
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

describe('SQLite transactions run on one connection of their own (transactionsOnOneConnection)', () => {
  it('opens it once for any number of transactions; commits are seen by the client, rollbacks are not; one at a time', async () => {
    const { createClient } = await import('@libsql/client')
    const fs = await import('node:fs')
    const os = await import('node:os')
    const path = await import('node:path')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-tx-'))
    const url = `file:${path.join(dir, 'tx.db')}`
    const client = createClient({ url })
    await client.execute('PRAGMA journal_mode = WAL;')
    await client.execute('CREATE TABLE t (n INTEGER)')
    let opened = 0
    transactionsOnOneConnection(client, () => (opened++, createClient({ url })), ['PRAGMA busy_timeout = 1000;'])
    try {
      for (let i = 0; i < 50; i++) {
        const tx = await client.transaction('write')
        await tx.execute({ sql: 'INSERT INTO t (n) VALUES (?)', args: [i] })
        // Not committed yet: the client's own connection does not see it.
        expect((await client.execute('SELECT count(*) AS c FROM t')).rows[0].c).toBe(i)
        await tx.commit()
        expect(tx.closed).toBe(true)
      }
      expect(opened).toBe(1)
      const rolledBack = await client.transaction('write')
      await rolledBack.batch([{ sql: 'INSERT INTO t (n) VALUES (?)', args: [99] }, 'DELETE FROM t WHERE n < 10'])
      await expect(client.transaction('write')).rejects.toThrow(/already open/)
      await rolledBack.rollback()
      await expect(rolledBack.execute('SELECT 1')).rejects.toThrow(/closed/)
      expect((await client.execute('SELECT count(*) AS c, max(n) AS m FROM t')).rows[0]).toMatchObject({ c: 50, m: 49 })
      expect(opened).toBe(1)
    } finally {
      client.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
