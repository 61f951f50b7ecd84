'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * Sidebar button on approved (and retired) messages, materials and Q&A: approved text is never
 * edited in place, so this drafts a new version (POST /api/<collection>/:id/new-version) and
 * opens it. Approving the new version retires this one.
 */
export function NewVersionButton() {
  const { id, collectionSlug } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const en = i18n.language === 'en'
  if (!id || (status !== 'approved' && status !== 'retired')) return null

  const create = async () => {
    setBusy(true)
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/new-version`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = await res.json()
      if (!res.ok) throw new Error(body?.errors?.[0]?.message ?? res.statusText)
      toast.success(body.message)
      router.push(`${config.routes.admin}/collections/${collectionSlug}/${body.doc.id}`)
    } catch (error) {
      toast.error((error as Error).message)
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" disabled={busy} onClick={create} size="medium">
        {en ? 'Create a new version' : 'Tạo phiên bản mới'}
      </Button>
      <p style={{ fontSize: '0.8rem', opacity: 0.8, margin: 0 }}>
        {en
          ? 'Approved content is not edited in place: edit the new draft and send it for review.'
          : 'Nội dung đã duyệt không sửa trực tiếp: sửa bản nháp mới rồi gửi duyệt lại.'}
      </p>
    </div>
  )
}
