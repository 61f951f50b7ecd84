/**
 * Rate limits on signing in and on password-reset requests, through Payload's real REST and
 * GraphQL handlers behind a real HTTP server (test/loopback.ts): each client connects from a
 * loopback address of its own, as separate machines would. A client is counted by the address
 * that connected (or, behind a configured proxy, the address the proxy received from), never by
 * what it writes in X-Forwarded-For; no budget is shared by all clients; the server's own Local
 * API is never limited.
 */
import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { PASSWORD_HASH } from '../../collections/Users/hooks/limitLoginAttempts'
import { seededPayload } from '../helpers'
import { loopbackServer, type Send } from '../loopback'

const PASSWORD = 'loa-demo-2026'
const ONE_SIGN_IN = /^Mỗi yêu cầu chỉ được đăng nhập, đặt lại mật khẩu hoặc mở khóa tài khoản một lần\./
const TOO_MANY = /^Quá nhiều lần đăng nhập từ địa chỉ này\. Vui lòng thử lại sau \d+ phút\./

let payload: Payload
let send: Send
let close: () => Promise<void>

beforeAll(async () => {
  process.env.LOA_LOGIN_LIMIT = '4'
  payload = await seededPayload()
  ;({ send, close } = await loopbackServer())
})
afterAll(async () => {
  await close?.()
  await payload?.destroy()
})
afterEach(() => {
  delete process.env.LOA_TRUSTED_PROXIES
})

/** POST /api/users/login from the machine at `from`. */
const signIn = (from: string, email: string, password: string, headers: Record<string, string> = {}) =>
  send({ from, method: 'POST', path: '/api/users/login', headers, json: { email, password } })

/** The same sign-in as one GraphQL mutation. */
const signInGraphQL = (from: string, email: string, password: string) =>
  send({ from, method: 'POST', path: '/api/graphql', json: { query: `mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token } }` } })

const loginAttempts = async (email: string) =>
  ((await payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true, depth: 0 })).docs[0] as { loginAttempts?: number })
    .loginAttempts ?? 0

it('a client over its sign-in budget is refused with a wait time, whichever accounts it tries; others are not', async () => {
  const emails = ['admin@demo.loa', 'editor@demo.loa', 'reviewer@demo.loa', 'evaluator@demo.loa']
  // Four wrong guesses on four accounts: no account reaches its own lockout (5), yet the client is spent.
  for (const email of emails) expect((await signIn('127.0.0.10', email, 'sai-mat-khau')).status).toBe(401)
  const refused = await signIn('127.0.0.10', 'ldld@demo.loa', PASSWORD)
  expect(refused.status).toBe(429)
  expect(refused.body.errors?.[0].message).toMatch(TOO_MANY)
  const other = await signIn('127.0.0.11', 'ldld@demo.loa', PASSWORD)
  expect(other.status).toBe(200)
  expect(other.body.token).toBeTruthy()
  // The server's own code is not limited.
  const local = await payload.login({ collection: 'users', data: { email: 'ldld@demo.loa', password: PASSWORD } })
  expect(local.token).toBeTruthy()
})

it('a guesser who writes a new X-Forwarded-For on every attempt is still counted by the address that connected', async () => {
  for (let i = 1; i <= 4; i++) {
    const answer = await signIn('127.0.0.20', `khong-co-${i}@example.vn`, 'doan-mo', { 'X-Forwarded-For': `198.51.100.${i}`, 'X-Real-IP': `198.51.100.${i}` })
    expect(answer.status).toBe(401)
  }
  const refused = await signIn('127.0.0.20', 'ldld@demo.loa', PASSWORD, { 'X-Forwarded-For': '198.51.100.99' })
  expect(refused.status).toBe(429)
  expect(refused.body.errors?.[0].message).toMatch(TOO_MANY)
})

it('a guesser cannot write the header the app records the connecting address in', async () => {
  for (let i = 1; i <= 4; i++) {
    const forged = { 'x-loa-socket-address': `anything 198.51.100.${i}` }
    expect((await signIn('127.0.0.21', `khong-co-${i}@example.vn`, 'doan-mo', forged)).status).toBe(401)
  }
  expect((await signIn('127.0.0.21', 'ldld@demo.loa', PASSWORD, { 'x-loa-socket-address': 'anything 198.51.100.99' })).status).toBe(429)
})

describe('behind the city’s reverse proxy (LOA_TRUSTED_PROXIES)', () => {
  it('each visitor is counted by the address the proxy received from, whatever the visitor wrote before it', async () => {
    process.env.LOA_TRUSTED_PROXIES = '127.0.0.30'
    // The proxy appends the visitor's address to whatever X-Forwarded-For the visitor sent.
    for (let i = 1; i <= 4; i++) {
      const answer = await signIn('127.0.0.30', `khong-co-${i}@example.vn`, 'doan-mo', { 'X-Forwarded-For': `10.9.9.${i}, 203.0.113.70` })
      expect(answer.status).toBe(401)
    }
    const refused = await signIn('127.0.0.30', 'ldld@demo.loa', PASSWORD, { 'X-Forwarded-For': '10.9.9.99, 203.0.113.70' })
    expect(refused.status).toBe(429)
    // Another visitor behind the same proxy has a budget of their own.
    expect((await signIn('127.0.0.30', 'ldld@demo.loa', PASSWORD, { 'X-Forwarded-For': '203.0.113.71' })).status).toBe(200)
    // A machine that is not the proxy cannot claim to speak for that second visitor: it is counted as itself.
    for (let i = 1; i <= 4; i++) {
      expect((await signIn('127.0.0.31', `khong-co-${i}@example.vn`, 'doan-mo', { 'X-Forwarded-For': '203.0.113.71' })).status).toBe(401)
    }
    expect((await signIn('127.0.0.31', 'ldld@demo.loa', PASSWORD, { 'X-Forwarded-For': '203.0.113.71' })).status).toBe(429)
    expect((await signIn('127.0.0.30', 'ldld@demo.loa', PASSWORD, { 'X-Forwarded-For': '203.0.113.71' })).status).toBe(200)
  })
})

it('many machines spending their sign-in budgets (more than 300 attempts a minute) do not lock anyone else out', async () => {
  // Empty passwords: counted by the limit, refused before any password work, so the test is quick.
  for (let machine = 1; machine <= 80; machine++) {
    const from = `127.0.1.${machine}`
    const answers = await Promise.all([1, 2, 3, 4].map((i) => signIn(from, `khong-co-${i}@example.vn`, '')))
    expect(answers.map((a) => a.status)).not.toContain(429)
    expect((await signIn(from, 'thienhuong@demo.loa', PASSWORD)).status).toBe(429)
  }
  const someoneElse = await signIn('127.0.2.1', 'thienhuong@demo.loa', PASSWORD)
  expect(someoneElse.status).toBe(200)
})

describe('GraphQL (/api/graphql)', () => {
  it('sign-ins through GraphQL spend the same budget as through REST', async () => {
    expect((await signIn('127.0.0.40', 'khong-co-1@example.vn', 'doan-mo')).status).toBe(401)
    expect((await signIn('127.0.0.40', 'khong-co-2@example.vn', 'doan-mo')).status).toBe(401)
    const viaGraphQL = await signInGraphQL('127.0.0.40', 'khong-co-3@example.vn', 'doan-mo')
    expect(viaGraphQL.body.errors?.[0].message).not.toMatch(TOO_MANY)
    expect((await signInGraphQL('127.0.0.40', 'khong-co-4@example.vn', 'doan-mo')).body.errors?.[0].message).not.toMatch(TOO_MANY)
    const refused = await signInGraphQL('127.0.0.40', 'ldld@demo.loa', PASSWORD)
    expect(refused.body.data?.loginUser ?? null).toBeNull()
    expect(refused.body.errors?.[0].message).toMatch(TOO_MANY)
    expect((await signIn('127.0.0.40', 'ldld@demo.loa', PASSWORD)).status).toBe(429)
  })

  it('six aliased sign-ins in one request are refused in Vietnamese before any runs: no attempt counted, the account not locked', async () => {
    const email = 'evaluator@demo.loa'
    const before = await loginAttempts(email)
    const guesses = Array.from({ length: 6 }, (_, i) => `g${i}: loginUser(email: "${email}", password: "doan-${i}") { token }`).join('\n')
    const refused = await send({ from: '127.0.0.41', method: 'POST', path: '/api/graphql', json: { query: `mutation {\n${guesses}\n}` } })
    // A validation error (GraphQL over HTTP answers it 200 to an `application/json` client): nothing ran, no `data`.
    expect(refused.body.errors?.map((e) => e.message)).toEqual([expect.stringMatching(ONE_SIGN_IN)])
    expect(refused.body.data).toBeUndefined()
    expect(await loginAttempts(email)).toBe(before)
    // Two are refused as well, also hidden in a fragment; the client's budget (4) is untouched.
    const twoInFragment = `mutation { ...Guesses } fragment Guesses on Mutation { a: loginUser(email: "${email}", password: "x") { token } b: loginUser(email: "${email}", password: "y") { token } }`
    const hidden = await send({ from: '127.0.0.41', method: 'POST', path: '/api/graphql', json: { query: twoInFragment } })
    expect(hidden.body.errors?.[0].message).toMatch(ONE_SIGN_IN)
    expect(hidden.body.data).toBeUndefined()
    for (let i = 1; i <= 3; i++) expect((await signIn('127.0.0.41', `khong-co-${i}@example.vn`, 'doan-mo')).status).toBe(401)
    const one = await signInGraphQL('127.0.0.41', email, PASSWORD)
    expect(one.status).toBe(200)
    expect(one.body.data?.loginUser?.token).toBeTruthy()
  })
})

describe('an unknown email is answered after the same work as a known one', () => {
  const known = 'timing@demo.loa'
  beforeAll(async () => {
    await payload.create({ collection: 'users', data: { email: known, password: PASSWORD, name: 'Đo thời gian', role: 'admin' } as never })
  })

  it('the same password hash (PBKDF2 with Payload’s parameters) is computed whether the account exists or not', async () => {
    const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
    try {
      expect((await signIn('127.0.0.60', known, 'sai-mat-khau')).status).toBe(401)
      const knownWork = pbkdf2.mock.calls.map((c) => c.slice(2, 5))
      pbkdf2.mockClear()
      expect((await signIn('127.0.0.60', 'khong-ai-ca@example.vn', 'sai-mat-khau')).status).toBe(401)
      const unknownWork = pbkdf2.mock.calls.map((c) => c.slice(2, 5))
      expect(knownWork).toEqual([[PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, PASSWORD_HASH.digest]])
      expect(unknownWork).toEqual(knownWork)
    } finally {
      pbkdf2.mockRestore()
      expect((await signIn('127.0.0.61', known, PASSWORD)).status).toBe(200)
    }
  })

  it('and takes about as long (medians within a factor of two)', async () => {
    const time = async (from: string, email: string) => {
      const start = performance.now()
      expect((await signIn(from, email, 'sai-mat-khau')).status).toBe(401)
      return performance.now() - start
    }
    const knownTimes: number[] = []
    const unknownTimes: number[] = []
    for (let i = 0; i < 3; i++) {
      knownTimes.push(await time('127.0.0.62', known))
      unknownTimes.push(await time('127.0.0.63', `khong-ai-${i}@example.vn`))
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]
    const ratio = median(unknownTimes) / median(knownTimes)
    expect(ratio, `known ${knownTimes.map(Math.round)} ms, unknown ${unknownTimes.map(Math.round)} ms`).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
    expect((await signIn('127.0.0.61', known, PASSWORD)).status).toBe(200)
  })
})

it('password-reset requests: five an hour per account, from any machines; twenty an hour per machine', async () => {
  for (let i = 1; i <= 5; i++) expect((await send({ from: `127.0.3.${i}`, method: 'POST', path: '/api/users/forgot-password', json: { email: 'editor@demo.loa' } })).status).toBe(200)
  const sixth = await send({ from: '127.0.3.6', method: 'POST', path: '/api/users/forgot-password', json: { email: 'editor@demo.loa' } })
  expect(sixth.status).toBe(429)
  expect(sixth.body.errors?.[0].message).toMatch(/^Quá nhiều yêu cầu đặt lại mật khẩu\. Vui lòng thử lại sau \d+ phút\./)
  // One machine: twenty requests for twenty addresses, then refused even for a twenty-first.
  const ask = (email: string) => send({ from: '127.0.3.50', method: 'POST', path: '/api/users/forgot-password', json: { email } })
  for (let i = 1; i <= 20; i++) expect((await ask(`nguoi-${i}@example.vn`)).status).toBe(200)
  expect((await ask('nguoi-21@example.vn')).status).toBe(429)
  expect((await send({ from: '127.0.3.51', method: 'POST', path: '/api/users/forgot-password', json: { email: 'nguoi-21@example.vn' } })).status).toBe(200)
})

it('a locked account stays locked for everyone but an admin (no self-service unlock by another user)', async () => {
  const account = 'hoinongdan@demo.loa'
  // Five wrong passwords lock the account (from different machines: the per-client budget is 4 here).
  for (let i = 0; i < 5; i++) await signIn(`127.0.4.${i + 1}`, account, 'sai-mat-khau')
  expect((await signIn('127.0.4.10', account, PASSWORD)).status).toBe(401)
  const evaluator = (await payload.login({ collection: 'users', data: { email: 'evaluator@demo.loa', password: PASSWORD } })).token
  const unlock = (token: string | undefined) =>
    send({ from: '127.0.4.10', method: 'POST', path: '/api/users/unlock', headers: { Authorization: `JWT ${token}` }, json: { email: account } })
  expect((await unlock(evaluator)).status).toBe(403)
  expect((await signIn('127.0.4.11', account, PASSWORD)).status).toBe(401)
  const admin = (await payload.login({ collection: 'users', data: { email: 'admin@demo.loa', password: PASSWORD } })).token
  expect((await unlock(admin)).status).toBe(200)
  expect((await signIn('127.0.4.12', account, PASSWORD)).status).toBe(200)
})
