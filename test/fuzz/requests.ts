/**
 * Hostile REST requests for the fuzz test (test/integration/fuzz.test.ts), generated with
 * fast-check from a fixed seed. Every request carries at least one defect that must make it fail
 * (a wrong type, a missing required value, an unknown query path, an invalid id or date, a
 * malformed body, a missing login); the rest of its hostility (HTML and script, huge strings,
 * deep JSON, unknown fields, absurd paging) rides along. The endpoints come from the Payload
 * config at run time, so a new collection, global or custom endpoint is fuzzed without an edit here.
 */
import fc from 'fast-check'

export const ROLES = ['anonymous', 'admin', 'editor', 'reviewer', 'evaluator', 'coordinator', 'commune'] as const
export type Role = (typeof ROLES)[number]

export type Body =
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; text: string; contentType?: string }
  | { kind: 'multipart'; payload?: string; file?: { name: string; type: string; content: string } }

export type FuzzRequest = {
  /** `<collection> <METHOD> <path pattern>` as in the config, e.g. `topics GET /:id`. */
  endpoint: string
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** Path segments after /api/, decoded (the route handler encodes each one). */
  path: string[]
  query: string
  body?: Body
  as: Role
  /** A forged or broken Authorization header instead of the role's token. */
  authorization?: string
  /** Which defect makes the request invalid (for the summary and for failure messages). */
  defect: string
}

export type FieldInfo = {
  name: string
  type: string
  required: boolean
  hasMany: boolean
  options: string[]
  /** Field-level access or a system-set value: a role's write may be dropped silently, so no defect rides on it. */
  restricted: boolean
}
export type EndpointInfo = { method: string; path: string }
export type Target = { slug: string; kind: 'collection' | 'global'; auth: boolean; upload: boolean; fields: FieldInfo[]; endpoints: EndpointInfo[]; sampleId?: string }

/** Payload's CRUD, auth and upload paths; every other path on a collection is a custom endpoint. */
export const CRUD = new Set(['get /', 'get /count', 'post /', 'patch /', 'delete /', 'get /:id', 'patch /:id', 'delete /:id', 'get /versions', 'get /versions/:id', 'post /versions/:id', 'post /:id/duplicate', 'post /access/:id?'])

// ---------------------------------------------------------------- building blocks

const SCRIPT = ['<script>alert(1)</script>', '<img src=x onerror=alert(document.cookie)>', '"><svg/onload=alert(1)>', 'javascript:alert(1)', '<iframe src="//evil.example">', '{{constructor.constructor("alert(1)")()}}']
const INJECTION = ["' OR 1=1 --", '1; DROP TABLE users', '$where: 1', '{"$gt": ""}', '%00', '\u0000', '../../etc/passwd', '..\\..\\windows\\win.ini', '\u202e\u0645', '𝕳𝖊𝖑𝖑𝖔 😀', '${7*7}']
const hostileText = fc.oneof(fc.constantFrom(...SCRIPT, ...INJECTION), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }))
const MB = 'A'.repeat(1024 * 1024)
/** Huge strings: 1 MB of letters, or 100 kB of script tags. */
const hugeText = fc.constantFrom(MB, '<script>'.repeat(12_800), 'Ư'.repeat(50_000))

/** A JSON value nested `levels` deep, as raw text (JSON.stringify would recurse as deep). */
export const deepJson = (levels: number, leaf = '1') => '{"a":'.repeat(levels) + leaf + '}'.repeat(levels)
export const deepArray = (levels: number) => '['.repeat(levels) + ']'.repeat(levels)

/** Ids no document can have: not numbers, out of range, traversal, NUL, huge. */
const BAD_IDS = ['abc', '-1', '0', '1e999', '1.5', '1abc', '+1', ' 1', '0x10', 'NaN', 'Infinity', '99999999999999999999', '2147483648', '../../etc/passwd', '..\\..\\x', '%00', '\u0000', 'null', 'undefined', '[object Object]', '{"$ne":1}', "1' OR '1'='1", '<script>alert(1)</script>', '١٢']
export const badId = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...BAD_IDS) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/^\d+$/.test(s)) },
  { weight: 1, arbitrary: fc.constantFrom('9'.repeat(10_000), 'a'.repeat(100_000), '../'.repeat(2_000) + 'etc/passwd') },
  { weight: 1, arbitrary: fc.constant('987654321') },
)

const identifier = fc.stringMatching(/^[a-z][a-zA-Z0-9_]{1,14}$/)
/** A query path no collection has. */
const unknownPath = identifier.map((s) => `zz${s}`)
const BAD_DATES = ['notadate', '2026-13-45', '31/12/2026', '2026-12-31T99:99', 'yesterday', '1e999', '2026-02-30T25:61:61Z', '+275760-09-14', '∞']
const badDate = fc.oneof(fc.constantFrom(...BAD_DATES), identifier)
const OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'greater_than', 'less_than', 'greater_than_equal', 'less_than_equal']
const BAD_OPERATORS = ['$ne', '$gt', '$where', '$regex', 'eq', 'ne', '$or', 'EQUALS', 'equals ']

const enc = encodeURIComponent
const q = (key: string, value: string) => `${key}=${enc(value)}`

/** Decorations that Payload tolerates on their own (clamped or ignored): only ever sent with a real defect. */
const decoration = fc.constantFrom(
  'depth=99999', 'depth=-1', 'depth=abc', 'limit=-1', 'limit=abc', 'limit=99999999', 'page=abc', 'page=-5', 'page=0',
  'sort=password', 'sort=-hash', 'select[hash]=true', 'select[password]=true', 'select[salt]=true', 'draft=maybe',
  'locale=..%2F..%2Fx', 'trash=yes', 'populate[users]=true', `sort=${enc('<script>')}`, 'pagination=nope', 'joins=abc',
)
const decorations = fc.array(decoration, { maxLength: 3 })

/** A `where` that cannot run: unknown or hidden path, unknown operator, invalid date or id, deep nesting over an unknown path. */
function badWhere(target: Target, prefix = ''): fc.Arbitrary<{ query: string; defect: string }> {
  const fields = target.fields.map((f) => f.name)
  const dates = ['createdAt', 'updatedAt', ...target.fields.filter((f) => f.type === 'date').map((f) => f.name)]
  const ids = ['id', ...target.fields.filter((f) => f.type === 'relationship' || f.type === 'upload').map((f) => f.name)]
  const numbers = target.fields.filter((f) => f.type === 'number').map((f) => f.name)
  const hidden = target.auth ? ['hash', 'salt', 'resetPasswordToken', 'apiKey'] : []
  const p = (name: string) => `${prefix}${name}`
  const arbs: fc.Arbitrary<{ query: string; defect: string }>[] = [
    fc.tuple(unknownPath, fc.constantFrom(...OPERATORS), hostileText).map(([f, op, v]) => ({ query: q(`where[${p(f)}][${op}]`, v), defect: 'where on an unknown field' })),
    fc.tuple(fc.constantFrom(...(fields.length ? fields : ['id'])), fc.constantFrom(...BAD_OPERATORS), hostileText).map(([f, op, v]) => ({
      query: q(`where[${p(f)}][${op}]`, v),
      defect: 'unknown query operator',
    })),
    fc.tuple(fc.constantFrom('$or', '$and', '$where', '$ne'), fc.constantFrom(...(fields.length ? fields : ['id']))).map(([op, f]) => ({
      query: q(`where[${op}][0][${p(f)}][equals]`, '1'),
      defect: 'operator in place of a field',
    })),
    fc.tuple(fc.constantFrom(...dates), fc.constantFrom(...OPERATORS), badDate).map(([f, op, v]) => ({ query: q(`where[${p(f)}][${op}]`, v), defect: 'invalid date in where' })),
    // "null" (no value) and a well-formed id of no document are real filters, not bad ids.
    fc.tuple(fc.constantFrom(...ids), fc.constantFrom('equals', 'not_equals', 'in', 'not_in'), badId.filter((v) => v !== 'null' && v !== '987654321')).map(([f, op, v]) => ({
      query: q(`where[${p(f)}][${op}]`, v.length > 2000 ? v.slice(0, 2000) : v),
      defect: 'invalid id in where',
    })),
    fc.tuple(fc.integer({ min: 5, max: 1000 }), unknownPath).map(([levels, f]) => ({
      query: `where${'[or][0][and][0]'.repeat(levels)}[${p(f)}][equals]=1`,
      defect: `where nested ${levels} levels`,
    })),
  ]
  if (numbers.length) {
    arbs.push(fc.tuple(fc.constantFrom(...numbers), fc.constantFrom('equals', 'greater_than', 'less_than', 'in'), fc.constantFrom('abc', '1e999', '12abc', 'NaN', '--1')).map(([f, op, v]) => ({
      query: q(`where[${p(f)}][${op}]`, v),
      defect: 'invalid number in where',
    })))
  }
  if (hidden.length) {
    arbs.push(fc.tuple(fc.constantFrom(...hidden), fc.constantFrom('equals', 'exists', 'like')).map(([f, op]) => ({ query: q(`where[${p(f)}][${op}]`, op === 'exists' ? 'true' : 'a'), defect: 'where on a hidden field' })))
  }
  return fc.oneof(...arbs)
}

const withDecorations = (core: fc.Arbitrary<{ query: string; defect: string }>) =>
  fc.tuple(core, decorations).map(([c, d]) => ({ query: [c.query, ...d].join('&'), defect: c.defect }))

// ---------------------------------------------------------------- bodies

/** A value of the wrong type for a field, one Payload's validation must refuse. */
function wrongValue(field: FieldInfo): fc.Arbitrary<unknown> | null {
  switch (field.type) {
    case 'number':
      return fc.constantFrom('abc', '12abc', {}, [1, 2], { $gt: 0 }, 'NaN', '1e999x')
    case 'select':
    case 'radio':
      return fc.oneof(identifier.map((s) => `zz-${s}`), fc.constantFrom({ $ne: 'x' }, 42, '<script>alert(1)</script>'))
    case 'checkbox':
      return fc.constantFrom('yes', 2, {}, [true], 'checked')
    case 'date':
      return fc.constantFrom(...BAD_DATES, {}, [2026])
    case 'email':
      return fc.constantFrom('not-an-email', '<script>@x', 'a@', '@b.vn', 'a b@c.vn')
    case 'relationship':
    case 'upload':
      return fc.constantFrom(987654321, -1, 'abc', { $ne: null }, '../../etc/passwd')
    case 'point':
      return fc.constantFrom('abc', [1], ['a', 'b'], { lat: 1 })
    default:
      return null
  }
}

type Defect = { data: Record<string, unknown>; defect: string }

/** One or two defects on fields the role cannot have dropped; for a create, required fields set to null count too. */
function defects(target: Target, create: boolean): fc.Arbitrary<Defect> | null {
  const usable = target.fields.filter((f) => !f.restricted)
  const typed = usable.filter((f) => wrongValue(f)).map((f) => fc.tuple(fc.constant(f.name), wrongValue(f)!).map(([name, value]) => ({ name, value, defect: `wrong type for ${f.type}` })))
  const required = usable.filter((f) => f.required && ['text', 'textarea', 'email', 'select', 'number', 'date', 'relationship', 'richText'].includes(f.type))
  const nulls = required.map((f) => fc.constant({ name: f.name, value: f.type === 'text' || f.type === 'textarea' ? '' : null, defect: 'required value missing' }))
  const all = [...typed, ...nulls]
  if (!all.length) return null
  return fc.array(fc.oneof(...all), { minLength: 1, maxLength: 2 }).map((list) => ({
    data: Object.fromEntries(list.map((d) => [d.name, d.value])),
    defect: [...new Set(list.map((d) => d.defect))].join(' + '),
  }))
}

/** What rides along with the defect: unknown fields, script in text, huge strings, deep JSON, system fields. */
function ornaments(target: Target): fc.Arbitrary<Record<string, unknown>> {
  const texts = target.fields.filter((f) => (f.type === 'text' || f.type === 'textarea') && !f.restricted).map((f) => f.name)
  return fc.record(
    {
      unknown: fc.dictionary(unknownPath, fc.oneof(hostileText, fc.integer(), fc.constant(null), fc.constant({ $ne: 1 })), { maxKeys: 3 }),
      script: texts.length ? fc.tuple(fc.constantFrom(...texts), fc.constantFrom(...SCRIPT)) : fc.constant(null),
      huge: texts.length ? fc.option(fc.tuple(fc.constantFrom(...texts), hugeText), { freq: 25 }) : fc.constant(null),
      system: fc.option(fc.constantFrom({ id: 'abc' }, { createdAt: 'notadate' }, { _status: 'hacked' }, { organization: 987654321 }, { role: 'admin' }, { isPublic: true }, { hash: 'x', salt: 'y' }), { freq: 3 }),
    },
    { requiredKeys: ['unknown'] },
  ).map((o) => ({
    ...o.unknown,
    ...(o.script ? { [o.script[0]]: o.script[1] } : {}),
    ...(o.huge ? { [o.huge[0]]: o.huge[1] } : {}),
    ...(o.system ?? {}),
  }))
}

/** A JSON body with the defects applied last, so an ornament never overwrites one. */
function defectiveBody(target: Target, create: boolean): fc.Arbitrary<{ body: Body; defect: string }> {
  const d = defects(target, create)
  const deep = fc.integer({ min: 200, max: 1000 }).map((n) => ({ body: { kind: 'raw' as const, text: `{"zzDeep":${deepJson(n)}}` }, defect: `JSON nested ${n} levels, nothing else` }))
  const malformed = fc.constantFrom('{', '{"a":', 'null', '[]', '"text"', '42', 'undefined', "{'a':1}", '{"a":1,}', '\u0000', '<xml/>').map((text) => ({
    body: { kind: 'raw' as const, text },
    defect: 'malformed or non-object JSON',
  }))
  const wrongType = fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x').map((contentType) => ({
    body: { kind: 'raw' as const, text: 'a=1&b=<script>', contentType },
    defect: `wrong content type ${contentType.split(';')[0]}`,
  }))
  if (!d) return fc.oneof(malformed, wrongType, deep)
  const main = fc.tuple(ornaments(target), d, fc.option(fc.integer({ min: 200, max: 1000 }), { freq: 8 })).map(([o, def, nest]) => {
    const value = { ...o, ...def.data }
    if (!nest) return { body: { kind: 'json' as const, value }, defect: def.defect }
    // Deep JSON as text: JSON.stringify of the nested value would itself recurse as deep.
    return { body: { kind: 'raw' as const, text: JSON.stringify(value).replace(/^\{/, `{"zzDeep":${deepJson(nest)},`) }, defect: `${def.defect} + JSON nested ${nest} levels` }
  })
  return fc.oneof({ weight: 8, arbitrary: main }, { weight: 1, arbitrary: malformed }, { weight: 1, arbitrary: wrongType })
}

// ---------------------------------------------------------------- uploads

const UPLOAD_NAMES = ['../../x.png', '..\\..\\x.png', '/etc/passwd', 'x.png\u0000.php', '.htaccess', 'a'.repeat(300) + '.png', '<script>.png', 'x.svg', 'x.php', 'x.png.exe', 'CON.png', '%2e%2e%2fx.png']
const uploadBody = fc.record({
  name: fc.oneof(fc.constantFrom(...UPLOAD_NAMES), identifier.map((s) => `../${s}.jpg`)),
  type: fc.constantFrom('image/png', 'image/jpeg', 'application/x-msdownload', 'text/html', 'image/svg+xml', 'application/octet-stream', ''),
  content: fc.constantFrom('', 'not an image at all', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', '<?php system($_GET["c"]); ?>', 'MZ\u0090\u0000', '\u0089PNG\r\n\u001a\nbroken'),
  payload: fc.option(fc.constantFrom('{', '{"alt":"<script>alert(1)</script>"}', '{"alt":""}', '{"isPublic":true}', 'null', deepJson(500)), { freq: 2 }),
})

// ---------------------------------------------------------------- per endpoint

const roleArb = fc.constantFrom(...ROLES)
const FORGED = ['JWT abc', 'JWT eyJhbGciOiJub25lIn0.eyJpZCI6MX0.', 'Bearer x', 'JWT ' + 'a'.repeat(5000), 'users API-Key <script>', 'JWT ../../etc/passwd']

/** Requests for one endpoint of one collection or global; `count` of them. */
export function requestsFor(target: Target, ep: EndpointInfo, count: number, seed: number): FuzzRequest[] {
  const key = `${ep.method} ${ep.path}`
  const endpoint = `${target.kind === 'global' ? 'globals/' : ''}${target.slug} ${ep.method.toUpperCase()} ${ep.path}`
  const base = target.kind === 'global' ? ['globals', target.slug] : [target.slug]
  const method = ep.method.toUpperCase() as FuzzRequest['method']
  const make = (arb: fc.Arbitrary<Omit<FuzzRequest, 'endpoint' | 'method'>>) => fc.sample(arb, { seed, numRuns: count }).map((r) => ({ endpoint, method, ...r }))
  /** The path with each `:param` filled by `fill`. */
  const pathOf = (fill: (param: string) => string) => [...base, ...ep.path.split('/').filter(Boolean).map((s) => (s.startsWith(':') ? fill(s.replace(/[:?]/g, '')) : s))]
  const byBadId = (extra: fc.Arbitrary<{ body?: Body; query: string; defect?: string }> = fc.constant({ query: '' })) =>
    make(fc.tuple(roleArb, badId, extra, decorations).map(([as, id, x, d]) => ({ as, path: pathOf(() => id), query: [x.query, ...d].filter(Boolean).join('&'), body: x.body, defect: x.defect ? `invalid id + ${x.defect}` : 'invalid id' })))
  const listLike = (prefix = '') => make(fc.tuple(roleArb, withDecorations(badWhere(target, prefix))).map(([as, w]) => ({ as, path: pathOf(() => ''), query: w.query, defect: w.defect })))

  if (target.kind === 'global') {
    // A global is one document: a filter means nothing to it, so only a caller without a login is wrong here.
    if (key === 'get /') return listLike().map((r) => ({ ...r, as: 'anonymous' as const, defect: `no login + ${r.defect}` }))
    if (key === 'post /') return make(fc.tuple(roleArb, defectiveBody(target, false)).map(([as, b]) => ({ as, path: base, query: '', body: b.body, defect: b.defect })))
    if (key === 'get /versions') return listLike('version.')
    if (key === 'post /access') return make(fc.tuple(fc.constantFrom('anonymous' as const), defectiveBody(target, false)).map(([as, b]) => ({ as, path: pathOf(() => ''), query: '', body: b.body, defect: `no login + ${b.defect}` })))
    return byBadId()
  }
  switch (key) {
    case 'get /':
    case 'get /count':
      return listLike()
    case 'get /versions':
      return listLike('version.')
    case 'delete /':
      return make(fc.tuple(roleArb, fc.option(withDecorations(badWhere(target)), { freq: 8 })).map(([as, w]) => ({ as, path: base, query: w?.query ?? '', defect: w?.defect ?? 'no where' })))
    case 'patch /':
      return make(fc.tuple(roleArb, withDecorations(badWhere(target)), defectiveBody(target, false)).map(([as, w, b]) => ({ as, path: base, query: w.query, body: b.body, defect: `${w.defect} + ${b.defect}` })))
    case 'post /':
      if (target.upload) {
        return make(fc.tuple(roleArb, uploadBody).map(([as, u]) => ({
          as,
          path: base,
          query: '',
          body: { kind: 'multipart' as const, payload: u.payload ?? undefined, file: { name: u.name, type: u.type, content: u.content } },
          defect: 'upload: traversal name, wrong type or not the file it claims',
        })))
      }
      return make(fc.tuple(roleArb, defectiveBody(target, true)).map(([as, b]) => ({ as, path: base, query: '', body: b.body, defect: b.defect })))
    case 'patch /:id':
      // Half on a real document with a defective body, half on ids no document has.
      return [
        ...(target.sampleId
          ? fc.sample(fc.tuple(roleArb, defectiveBody(target, false)), { seed, numRuns: Math.ceil(count / 2) }).map(([as, b]) => ({
              endpoint, method, as, path: [...base, target.sampleId!], query: '', body: b.body, defect: b.defect,
            }))
          : []),
        ...fc.sample(fc.tuple(roleArb, badId, defectiveBody(target, false)), { seed: seed + 1, numRuns: Math.floor(count / 2) }).map(([as, id, b]) => ({
          endpoint, method, as, path: [...base, id], query: '', body: b.body, defect: `invalid id + ${b.defect}`,
        })),
      ]
    case 'post /access/:id?':
      // Permissions are answered to anyone (an empty set for a stranger): only a malformed id is wrong here.
      return byBadId().filter((r) => r.path[r.path.length - 1] !== '987654321')
    default:
      return customEndpoint(target, ep, count, seed, { endpoint, method, base, pathOf, byBadId, make })
  }
}

type Helpers = {
  endpoint: string
  method: FuzzRequest['method']
  base: string[]
  pathOf: (fill: (param: string) => string) => string[]
  byBadId: (extra?: fc.Arbitrary<{ body?: Body; query: string; defect?: string }>) => FuzzRequest[]
  make: (arb: fc.Arbitrary<Omit<FuzzRequest, 'endpoint' | 'method'>>) => FuzzRequest[]
}

const anonymousOr = (roles: Role[]) => fc.constantFrom<Role>('anonymous', ...roles)

/** Custom endpoints and Payload's auth and upload endpoints, each with what is wrong for it. */
function customEndpoint(target: Target, ep: EndpointInfo, count: number, seed: number, h: Helpers): FuzzRequest[] {
  // Every auth collection (integrations too) answers /me and /init like users do.
  const key = `${['/me', '/init'].includes(ep.path) ? 'users' : target.slug} ${ep.method} ${ep.path}`
  const junkQuery = fc.array(fc.tuple(fc.constantFrom('from', 'to', 'year', 'period', 'scope', 'id', 'q', 'limit', 'group', 'topic', 'format', 'commit', 'locality', 'organization'), hostileText), { maxLength: 4 })
    .map((pairs) => pairs.map(([k, v]) => q(k, v)).join('&'))
  const jsonBody = (value: unknown): Body => ({ kind: 'json', value })
  const nobody = identifier.map((s) => `${s}@khong-ton-tai.vn`)
  const email = fc.oneof(nobody, fc.constantFrom('admin@demo.loa\u0000', 'admin@demo.loa<script>'))
  const badEmail = fc.constantFrom<unknown>(undefined, null, '', 42, { $ne: null }, ['admin@demo.loa'], 'not-an-email', 'x'.repeat(100_000), { $regex: '.*' })
  switch (key) {
    case 'users post /login':
      return h.make(fc.oneof(
        fc.tuple(email, hostileText).map(([e, p]) => ({ as: 'anonymous' as const, path: h.base.concat('login'), query: '', body: jsonBody({ email: e, password: p }), defect: 'no such account' })),
        fc.tuple(badEmail, fc.constantFrom<unknown>(undefined, null, 42, { $ne: null }, 'x'.repeat(100_000))).map(([e, p]) => ({ as: 'anonymous' as const, path: h.base.concat('login'), query: '', body: jsonBody({ email: e, password: p }), defect: 'malformed credentials' })),
        fc.constantFrom('{', 'null', '[]', deepJson(800)).map((text) => ({ as: 'anonymous' as const, path: h.base.concat('login'), query: '', body: { kind: 'raw' as const, text }, defect: 'malformed JSON' })),
      ))
    case 'users post /forgot-password':
      return h.make(fc.tuple(badEmail).map(([e]) => ({ as: 'anonymous' as const, path: h.base.concat('forgot-password'), query: '', body: jsonBody({ email: e }), defect: 'malformed email' })))
    case 'users post /reset-password':
      return h.make(fc.tuple(fc.oneof(hostileText, fc.constantFrom<unknown>(null, 42, { $ne: null }, '')), hostileText).map(([token, password]) => ({
        as: 'anonymous' as const, path: h.base.concat('reset-password'), query: '', body: jsonBody({ token, password }), defect: 'bad reset token',
      })))
    case 'users post /unlock':
      // Real accounts too: only an admin may unlock one (access.unlock), and no admin sends these.
      const real = fc.constantFrom('admin@demo.loa', 'evaluator@demo.loa', 'ldld@demo.loa')
      return h.make(fc.tuple(anonymousOr(['editor', 'coordinator', 'evaluator']), fc.oneof(nobody, badEmail, real)).map(([as, e]) => ({ as, path: h.base.concat('unlock'), query: '', body: jsonBody({ email: e }), defect: 'not an admin, no such account, or no login' })))
    case 'users post /verify/:id':
      return h.make(badId.map((id) => ({ as: 'anonymous' as const, path: h.base.concat('verify', id), query: '', defect: 'bad verification token' })))
    case 'users post /first-register':
      return h.make(fc.tuple(roleArb, fc.oneof(email, badEmail), hostileText).map(([as, e, p]) => ({ as, path: h.base.concat('first-register'), query: '', body: jsonBody({ email: e, password: p, name: 'x', role: 'admin' }), defect: 'users exist already' })))
    case 'users get /me':
    case 'users get /init':
      // Answered to anyone (who you are; whether an admin exists): sent with forged tokens and junk.
      return h.make(fc.tuple(fc.option(fc.constantFrom(...FORGED), { freq: 4 }), junkQuery).map(([authorization, query]) => ({ as: 'anonymous' as const, authorization: authorization ?? undefined, path: h.pathOf(() => ''), query, defect: 'forged token' })))
    case 'users post /refresh-token':
    case 'users post /logout':
      // Signed-in callers would really be refreshed or signed out: only forged tokens and anonymous callers here.
      return h.make(fc.option(fc.constantFrom(...FORGED), { freq: 3 }).map((authorization) => ({ as: 'anonymous' as const, authorization: authorization ?? undefined, path: h.pathOf(() => ''), query: '', defect: 'no valid session' })))
    case 'events get /calendar':
      return h.make(fc.tuple(anonymousOr(['admin', 'editor', 'evaluator', 'coordinator', 'commune']), fc.oneof(
        fc.tuple(badDate, badDate).map(([f, t]) => `${q('from', f)}&${q('to', t)}`),
        fc.constantFrom('', 'from=2026-01-01', 'from=2026-05-01&to=2026-01-01', 'from=2020-01-01&to=2030-01-01', 'from=2026-01-01&to=2026-02-01&locality=abc', 'from=2026-01-01&to=2026-02-01&organization=%3Cscript%3E'),
      )).map(([as, query]) => ({ as, path: h.base.concat('calendar'), query, defect: 'missing, invalid or reversed window' })))
    case 'indicators get /dashboard':
      return h.make(fc.tuple(roleArb, fc.oneof(
        fc.tuple(fc.constantFrom('abc', '1999', '2031', '2026.5', '-1', '1e999'), hostileText).map(([y, p]) => `${q('year', y)}&${q('period', p)}`),
        fc.constantFrom('scope=commune', 'scope=galaxy', 'scope=organization&id=%3Cscript%3E', 'period=h3', 'scope=campaign&id=' + 'a'.repeat(100)),
      )).map(([as, query]) => ({ as, path: h.base.concat('dashboard'), query, defect: 'invalid year, period, scope or id' })))
    case 'indicators get /export':
      return h.make(fc.tuple(roleArb, fc.constantFrom('year=abc', 'year=2026.5', 'period=h3', 'period=%3Cscript%3E', 'year=1e999&period=year')).map(([as, query]) => ({ as, path: h.base.concat('export'), query, defect: 'invalid year or period' })))
    case 'indicators get /template':
      // Any signed-in user may download the blank template: only an anonymous caller is wrong here.
      return h.make(junkQuery.map((query) => ({ as: 'anonymous' as const, path: h.base.concat('template'), query, defect: 'no login' })))
    case 'indicators post /import':
      return h.make(fc.tuple(roleArb, uploadBody, fc.constantFrom('', 'commit=true', 'commit=yes&format=%3Cscript%3E')).map(([as, u, query]) => ({
        as, path: h.base.concat('import'), query,
        body: { kind: 'multipart' as const, file: { name: u.name.replace(/\.\w+$/, '.csv'), type: 'text/csv', content: u.content + '\nxã,năm,kỳ\n<script>,abc,h9' } },
        defect: 'not a figure sheet',
      })))
    case 'questions get /search':
      return h.make(fc.tuple(roleArb, fc.oneof(
        hugeText.map((s) => q('q', s.slice(0, 201 + (s.length % 5000)))),
        fc.constantFrom('limit=abc', 'limit=0', 'limit=51', 'limit=-1', 'limit=1.5', 'limit=1e999', 'group=zz9', 'topic=ZZ99', 'group=1.2.3.4.5', 'q=a&limit=%3Cscript%3E'),
      )).map(([as, query]) => ({ as, path: h.base.concat('search'), query, defect: 'query too long, bad limit or unknown code' })))
    case 'media get /file/:filename':
      return h.make(fc.tuple(roleArb, fc.oneof(fc.constantFrom(...UPLOAD_NAMES, '../../../../etc/passwd', '..%2F..%2Fpayload.config.ts', '.', '..', '%00'), identifier.map((s) => `${s}.png`))).map(([as, name]) => ({
        as, path: h.base.concat('file', name), query: '', defect: 'no such file / traversal',
      })))
    case 'media get /paste-url/:id?':
      return h.make(fc.tuple(roleArb, fc.constantFrom('http://169.254.169.254/latest/meta-data/', 'file:///etc/passwd', 'http://127.0.0.1:5432/', 'javascript:alert(1)', '')).map(([as, src]) => ({
        as, path: h.base.concat('paste-url'), query: q('src', src), defect: 'paste-url is off; server-side fetch',
      })))
    case 'payload-jobs get /run':
    case 'payload-jobs get /handle-schedules':
      // Admins really run the queue: only the others here.
      return h.make(fc.tuple(anonymousOr(['editor', 'reviewer', 'evaluator', 'coordinator', 'commune']), junkQuery).map(([as, query]) => ({ as, path: h.pathOf(() => ''), query, defect: 'not allowed to run jobs' })))
    case 'payload-preferences post /:key':
      // A signed-in user may store any preference under any key: only anonymous callers are wrong here.
      return h.make(fc.tuple(badId, defectiveBody(target, false)).map(([key, b]) => ({ as: 'anonymous' as const, path: h.base.concat(key), query: '', body: b.body, defect: 'no login' })))
    default: {
      // Any other endpoint with parameters (e.g. /:id/draft, /:id/docx, /:key): malformed values.
      if (ep.path.includes(':')) return h.byBadId(fc.record({ query: junkQuery, body: fc.constant(undefined) }).map((x) => ({ query: x.query })))
      // A parameterless endpoint the generator does not know: no login and junk.
      return h.make(junkQuery.map((query) => ({ as: 'anonymous' as const, path: h.pathOf(() => ''), query, defect: 'no login' })))
    }
  }
}
