import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { seed } from '../../src/seed'
import { seededPayload } from '../helpers'

let payload: Payload
beforeAll(async () => {
  payload = await seededPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

describe('a fresh install of Loa', () => {
  it('has all 114 communes of the new Hải Phòng: 67 xã, 45 phường, 2 đặc khu', async () => {
    const count = (kind: string) => payload.count({ collection: 'localities', where: { kind: { equals: kind } } })
    expect((await payload.count({ collection: 'localities' })).totalDocs).toBe(114)
    expect((await count('xa')).totalDocs).toBe(67)
    expect((await count('phuong')).totalDocs).toBe(45)
    expect((await count('dac_khu')).totalDocs).toBe(2)
  })
})
