import { addDataAndFileToRequest, type Endpoint, type PayloadRequest, type Where } from 'payload'

import { hasRole, hasScope } from '../../../src/access/user'
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS, RATE_COLUMNS, readImport } from '../../../src/domain/indicatorImport'
import { PERIOD_LABELS, PERIODS, type Period } from '../../../src/domain/participation'
import { relationName } from '../../../src/domain/relations'
import { problem } from '../../../src/lib/fieldError'
import { writeFigures } from '../../../src/lib/figureImport'
import { CONTENT_TYPES, MAX_SHEET_BYTES, readSheet, SheetRefusal, sheetFormat, writeSheet, type SheetFormat } from '../../../src/lib/spreadsheets'

const PERIOD_CELL: Record<Period, string> = { h1: 'H1', h2: 'H2', year: 'Năm' }
const formatOf = (req: PayloadRequest): SheetFormat => (req.searchParams?.get('format') === 'csv' ? 'csv' : 'xlsx')
const download = (data: Buffer, format: SheetFormat, name: string) =>
  new Response(new Uint8Array(data), {
    headers: { 'Content-Type': CONTENT_TYPES[format], 'Content-Disposition': `attachment; filename="${name}.${format}"` },
  })

/** GET /api/indicators/template?format=xlsx|csv — the import template, with one example row. */
export const figureTemplate: Endpoint = {
  path: '/template',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Cần đăng nhập.')
    const format = formatOf(req)
    const example = {
      commune: 'Phường An Biên',
      year: 2026,
      period: 'H1',
      population: 45210,
      labourForce: 27300,
      bhytParticipants: 43500,
      bhxhCompulsory: 12100,
      bhxhVoluntary: 1650,
      bhtnParticipants: 11020,
      note: 'Dòng ví dụ: thay bằng số liệu thật',
    }
    return download(await writeSheet(format, 'So lieu', IMPORT_COLUMNS, [example]), format, 'mau-nhap-so-lieu-tham-gia')
  },
}

/**
 * POST /api/indicators/import (multipart, field "file": .xlsx or .csv) — checks the whole file and
 * answers with every row read and every problem. With ?commit=true and no problem, writes all the
 * rows in one transaction (a commune's figures for a period already there are replaced); any
 * failure rolls everything back. Evaluators, admins and integrations with the import_figures scope.
 */
export const importFigures: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'evaluator', 'admin') && !hasScope(req.user, 'import_figures')) {
      return problem(403, 'Chỉ cán bộ Sở Nội vụ, quản trị hoặc ứng dụng tích hợp có quyền nhập mới nhập số liệu.')
    }
    await addDataAndFileToRequest(req)
    const file = req.file
    if (!file?.data?.length) return problem(400, 'Chưa chọn tệp (.xlsx hoặc .csv).')
    if (file.size > MAX_SHEET_BYTES) return problem(400, 'Tệp lớn hơn 5 MB.')
    const format = sheetFormat(file.name, file.data)
    if (!format) return problem(400, 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV.')
    let sheet: unknown[][]
    try {
      // The header row and MAX_IMPORT_ROWS rows of figures; an XLSX is checked for what it unpacks to first.
      sheet = await readSheet(file.data, format, { maxRows: MAX_IMPORT_ROWS + 1 })
    } catch (error) {
      if (error instanceof SheetRefusal) return problem(error.status, error.message)
      throw error
    }
    const { docs: localities } = await req.payload.find({ collection: 'localities', depth: 0, pagination: false, select: { name: true }, req })
    const { rows, problems } = readImport(sheet, localities)
    const commit = req.searchParams?.get('commit') === 'true'
    if (problems.length || !commit) {
      const errors = problems.length ? [{ message: `Tệp có ${problems.length} lỗi, chưa ghi số liệu nào. Sửa các dòng được nêu rồi nhập lại.` }] : undefined
      return Response.json({ committed: false, rows, problems, errors }, { status: problems.length ? 400 : 200 })
    }
    const { created, updated } = await writeFigures(req, rows)
    return Response.json({ committed: true, created, updated, problems: [] }, { status: 200 })
  },
}

/** GET /api/indicators/export?year=2026&period=h1&format=xlsx|csv — the figures as read by the user, with the rates. */
export const exportFigures: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Cần đăng nhập.')
    const format = formatOf(req)
    const and: Where[] = []
    const year = Number(req.searchParams?.get('year'))
    const period = req.searchParams?.get('period') as Period | null
    if (req.searchParams?.get('year') && !Number.isInteger(year)) return problem(400, 'Năm không hợp lệ.')
    if (period && !PERIODS.includes(period)) return problem(400, 'Kỳ phải là h1, h2 hoặc year.')
    if (year) and.push({ year: { equals: year } })
    if (period) and.push({ period: { equals: period } })
    const { docs } = await req.payload.find({
      collection: 'indicators',
      where: { and },
      sort: 'year',
      depth: 1,
      pagination: false,
      populate: { localities: { name: true } },
      overrideAccess: false,
      user: req.user,
      req,
    })
    const rows = docs
      .map((d) => ({ ...d, commune: relationName(d.locality) ?? '', period: PERIOD_CELL[d.period as Period] }))
      .sort((a, b) => a.year - b.year || a.period.localeCompare(b.period) || a.commune.localeCompare(b.commune, 'vi'))
    const columns = [...IMPORT_COLUMNS, ...RATE_COLUMNS.map((c) => ({ ...c, numFmt: '0.00' }))]
    const name = ['so-lieu-tham-gia', year || null, period ? PERIOD_LABELS[period].en.toLowerCase().replace(' ', '-') : null].filter(Boolean).join('-')
    return download(await writeSheet(format, 'So lieu', columns, rows as unknown as Record<string, unknown>[]), format, name)
  },
}
