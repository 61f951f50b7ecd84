'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'

/** Sidebar links to the report as Word (DOCX, laid out for print) and Excel (XLSX, its tables). */
export function ReportDownloads() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  if (!id) return null
  const en = i18n.language === 'en'
  const href = (format: string) => `${config.serverURL}${config.routes.api}/reports/${id}/${format}`
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">{en ? 'Download the report' : 'Tải báo cáo'}</p>
      <p style={{ display: 'flex', gap: '0.75rem' }}>
        <a className="btn btn--style-secondary btn--size-small" href={href('docx')} data-testid="report-docx">
          Word (DOCX)
        </a>
        <a className="btn btn--style-secondary btn--size-small" href={href('xlsx')} data-testid="report-xlsx">
          Excel (XLSX)
        </a>
      </p>
      <p className="field-description">
        {en ? 'Figures as of the download; save first to include your latest edits.' : 'Số liệu tại thời điểm tải; hãy lưu trước để đưa vào phần vừa sửa.'}
      </p>
    </div>
  )
}
