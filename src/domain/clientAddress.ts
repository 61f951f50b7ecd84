/**
 * Who is asking, for rate limits: the address that connected to the app, or, when that address is
 * a configured reverse proxy (LOA_TRUSTED_PROXIES), the right-most X-Forwarded-For hop that is not
 * one of the proxies. Anything left of that hop was written by the client and is never used:
 * rotating it must not give a client a fresh budget. Plain functions, no framework.
 */
import { BlockList, isIP } from 'node:net'

export type TrustedProxies = (address: string) => boolean

/** An address as one spelling: IPv4-mapped IPv6 (`::ffff:10.0.0.1`, what a dual-stack socket reports) as IPv4, IPv6 in lower case. */
export function normalizeAddress(raw: string): string | null {
  let address = raw.trim()
  // A port some proxies append: `1.2.3.4:5678`, `[2001:db8::1]:443`.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)
  if (bracketed) address = bracketed[1]
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'))
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  if (mapped) address = mapped[1]
  const family = isIP(address)
  if (family === 4) return address
  if (family === 6) return address.toLowerCase()
  return null
}

/**
 * LOA_TRUSTED_PROXIES: comma-separated addresses and CIDR ranges (`10.0.0.5, 10.1.0.0/16, fd00::/8`).
 * Throws, naming the entry, on anything else: a typo must stop the app, not silently trust nobody.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList()
  for (const entry of (value ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    const [addressPart, prefixPart, ...rest] = entry.split('/')
    const address = normalizeAddress(addressPart)
    const family = address ? isIP(address) : 0
    const prefix = prefixPart === undefined ? undefined : Number(prefixPart)
    const maxPrefix = family === 4 ? 32 : 128
    if (!address || rest.length || (prefix !== undefined && (!/^\d{1,3}$/.test(prefixPart) || prefix > maxPrefix))) {
      throw new Error(`LOA_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.5 or 10.0.0.0/8)`)
    }
    const type = family === 4 ? 'ipv4' : 'ipv6'
    if (prefix === undefined) list.addAddress(address, type)
    else list.addSubnet(address, prefix, type)
  }
  return (raw) => {
    const address = normalizeAddress(raw)
    return address !== null && list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6')
  }
}

/**
 * The client's address: the socket's peer unless it is a trusted proxy; then the X-Forwarded-For
 * hops are read from the right (each proxy appends the address it received from), skipping
 * trusted proxies, and the first untrusted hop is the client. A hop that is not an address ends
 * the walk at the proxy that reported it; when every hop is a proxy, the left-most is used.
 */
export function clientAddress(peer: string, forwardedFor: string | null | undefined, trusted: TrustedProxies): string {
  let current = normalizeAddress(peer) ?? peer
  if (!trusted(current)) return current
  const hops = (forwardedFor ?? '').split(',').map((h) => h.trim()).filter(Boolean)
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i])
    if (hop === null) return current
    current = hop
    if (!trusted(hop)) return hop
  }
  return current
}

/**
 * The budget an address spends: an IPv4 address alone, an IPv6 address with its whole /64 (one
 * household or server gets a /64 and can pick any address in it, a fresh budget per request).
 */
export function budgetKey(address: string): string {
  const normalized = normalizeAddress(address)
  if (normalized === null || isIP(normalized) === 4) return normalized ?? address
  const [head, tail = ''] = normalized.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  // Expand `::` (an embedded IPv4 tail may miscount the zeros, but only past the first four groups).
  const groups = normalized.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`
}
