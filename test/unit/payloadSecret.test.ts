import { describe, expect, it } from 'vitest'

import { MIN_SECRET_LENGTH, payloadSecretError, requiredPayloadSecret } from '../../src/lib/payloadSecret'

const strong = 'a'.repeat(MIN_SECRET_LENGTH)

describe('PAYLOAD_SECRET in production', () => {
  it('a production start without a secret, or with blanks only, is refused in Vietnamese and English', () => {
    for (const PAYLOAD_SECRET of [undefined, '', '   ']) {
      const error = payloadSecretError({ NODE_ENV: 'production', PAYLOAD_SECRET })
      expect(error).toMatch(/^Thiếu PAYLOAD_SECRET/)
      expect(error).toMatch(/PAYLOAD_SECRET is missing/)
    }
    expect(() => requiredPayloadSecret({ NODE_ENV: 'production' })).toThrow(/Thiếu PAYLOAD_SECRET/)
  })

  it(`a secret shorter than ${MIN_SECRET_LENGTH} characters is refused, saying its length`, () => {
    expect(payloadSecretError({ NODE_ENV: 'production', PAYLOAD_SECRET: strong.slice(1) })).toMatch(/quá ngắn \(31 ký tự\).*too short/)
    expect(() => requiredPayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'secret' })).toThrow(/quá ngắn/)
  })

  it(`a secret of ${MIN_SECRET_LENGTH} characters or more is used as given`, () => {
    expect(payloadSecretError({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toBeNull()
    expect(requiredPayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toBe(strong)
  })

  it('development and tests are not held to it (their secrets sign nothing that matters)', () => {
    expect(payloadSecretError({ NODE_ENV: 'development' })).toBeNull()
    expect(payloadSecretError({ NODE_ENV: 'test', PAYLOAD_SECRET: 'short' })).toBeNull()
    expect(requiredPayloadSecret({ NODE_ENV: 'test', PAYLOAD_SECRET: 'short' })).toBe('short')
  })
})
