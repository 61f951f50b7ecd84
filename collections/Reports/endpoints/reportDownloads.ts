import type { Endpoint, PayloadRequest } from 'payload'

import { problem } from '../../../src/lib/fieldError'
import { buildOfficialReport } from '../../../src/lib/reportCompiler'
import { reportDocx } from '../../../src/lib/reportDocx'
import { reportXlsx } from '../../../src/lib/reportXlsx'
import { CONTENT_TYPES } from '../../../src/lib/spreadsheets'
import type { Report } from '../../../src/payload-types'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** An ASCII file name from a Vietnamese title (headers cannot carry diacritics safely). */
export function reportFileName(report: Pick<Report, 'title' | 'id'>, ext: string): string {
  const base = (report.title ?? `bao-cao-${report.id}`)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100)
  return `${base || 'bao-cao'}.${ext}`
}

/** GET /api/reports/:id/docx and /xlsx: the report laid out for print, or its tables, for whoever may read it. */
function download(format: 'docx' | 'xlsx'): Endpoint {
  return {
    path: `/:id/${format}`,
    method: 'get',
    handler: async (req: PayloadRequest) => {
      if (!req.user) return problem(401, 'Cần đăng nhập để tải báo cáo.')
      const id = String(req.routeParams?.id ?? '')
      const report = await req.payload
        .findByID({ collection: 'reports', id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
        .catch(() => null)
      if (!report) return problem(404, 'Không tìm thấy báo cáo, hoặc bạn không có quyền xem báo cáo này.')
      const official = await buildOfficialReport(req.payload, report, req)
      const body = format === 'docx' ? await reportDocx(official) : await reportXlsx(official)
      return new Response(new Uint8Array(body), {
        headers: {
          'Content-Type': format === 'docx' ? DOCX : CONTENT_TYPES.xlsx,
          'Content-Disposition': `attachment; filename="${reportFileName(report, format)}"`,
          'Cache-Control': 'no-store',
        },
      })
    },
  }
}

export const reportDownloads: Endpoint[] = [download('docx'), download('xlsx')]
