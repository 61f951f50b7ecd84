/** Who a rate limit counts: the connecting address, or behind configured proxies the right-most untrusted hop. */
import { describe, expect, it } from 'vitest'

import { budgetKey, clientAddress, normalizeAddress, parseTrustedProxies } from '../../src/domain/clientAddress'

const nobody = parseTrustedProxies(undefined)

describe('without a trusted proxy', () => {
  it('a visitor who writes X-Forwarded-For is still counted by the address that connected', () => {
    expect(clientAddress('198.51.100.7', '1.2.3.4', nobody)).toBe('198.51.100.7')
    expect(clientAddress('198.51.100.7', '5.6.7.8, 9.9.9.9', nobody)).toBe('198.51.100.7')
    expect(clientAddress('::ffff:198.51.100.7', '1.2.3.4', nobody)).toBe('198.51.100.7')
  })
})

describe('behind the city’s proxies (LOA_TRUSTED_PROXIES)', () => {
  const proxies = parseTrustedProxies('10.0.0.5, 172.16.0.0/12 ,fd00::/8')

  it('the address the proxy received from is the client, whatever the client wrote to its left', () => {
    expect(clientAddress('10.0.0.5', '203.0.113.9', proxies)).toBe('203.0.113.9')
    expect(clientAddress('10.0.0.5', '1.1.1.1, 2.2.2.2, 203.0.113.9', proxies)).toBe('203.0.113.9')
    expect(clientAddress('::ffff:10.0.0.5', '203.0.113.9', proxies)).toBe('203.0.113.9')
  })

  it('a chain of trusted proxies is walked from the right to the first untrusted hop', () => {
    expect(clientAddress('10.0.0.5', 'forged, 203.0.113.9, 172.20.1.1', proxies)).toBe('203.0.113.9')
    expect(clientAddress('fd00::1', '2001:db8::7, fd12::3', proxies)).toBe('2001:db8::7')
  })

  it('when every hop is a proxy the left-most is used; a hop that is no address stops at the proxy that wrote it', () => {
    expect(clientAddress('10.0.0.5', '172.16.0.1, 172.16.0.2', proxies)).toBe('172.16.0.1')
    expect(clientAddress('10.0.0.5', '', proxies)).toBe('10.0.0.5')
    expect(clientAddress('10.0.0.5', '203.0.113.9, unknown', proxies)).toBe('10.0.0.5')
  })

  it('ports that proxies append are dropped', () => {
    expect(clientAddress('10.0.0.5', '203.0.113.9:51234', proxies)).toBe('203.0.113.9')
    expect(clientAddress('10.0.0.5', '[2001:db8::7]:443', proxies)).toBe('2001:db8::7')
  })

  it('an address outside the list is not trusted, even next to it', () => {
    expect(clientAddress('10.0.0.6', '203.0.113.9', proxies)).toBe('10.0.0.6')
    expect(clientAddress('172.32.0.1', '203.0.113.9', proxies)).toBe('172.32.0.1')
  })
})

it('a mistyped LOA_TRUSTED_PROXIES entry stops the start, naming the entry', () => {
  expect(() => parseTrustedProxies('10.0.0.5, proxy.local')).toThrow(/"proxy\.local"/)
  expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/10\.0\.0\.0\/33/)
  expect(() => parseTrustedProxies('10.0.0.0/8/1')).toThrow()
  expect(() => parseTrustedProxies(' , ')).not.toThrow()
})

it('an IPv6 client spends one budget for its whole /64 (it can pick any address in it)', () => {
  expect(budgetKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
  expect(budgetKey('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64')
  expect(budgetKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
  expect(budgetKey('::1')).toBe('0:0:0:0::/64')
  expect(budgetKey('198.51.100.7')).toBe('198.51.100.7')
  expect(normalizeAddress('::FFFF:127.0.0.1')).toBe('127.0.0.1')
  expect(normalizeAddress('not an address')).toBeNull()
})
