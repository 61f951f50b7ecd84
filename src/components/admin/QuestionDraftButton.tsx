'use client'

import { Button, toast, useAuth, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

const AUTHORS = ['editor', 'reviewer']

/**
 * "Tạo bản nháp hỏi – đáp": beside a question raised at an event (inside the questionsRaised row)
 * or on a feedback item (sidebar). Calls the collection's draft endpoint and opens the draft.
 * Shown to communications staff only, and only while no draft exists yet.
 */
export function QuestionDraftButton({ path }: { path?: string }) {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const row = path?.match(/^questionsRaised\.(\d+)\./)?.[1]
  const draftPath = row === undefined ? 'questionDraft' : `questionsRaised.${row}.questionDraft`
  const existing = useFormFields(([fields]) => fields[draftPath]?.value)
  const en = i18n.language === 'en'
  if (!id || existing || !AUTHORS.includes(String((user as { role?: string } | null)?.role))) return null

  const endpoint = row === undefined ? `${collectionSlug}/${id}/draft` : `${collectionSlug}/${id}/questions/${row}/draft`
  const create = async () => {
    setBusy(true)
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}/${endpoint}`, { method: 'POST', credentials: 'include' })
      const body = await res.json()
      if (!res.ok) throw new Error(body?.errors?.[0]?.message ?? res.statusText)
      toast.success(body.message)
      router.push(`${config.routes.admin}/collections/questions/${body.doc.id}`)
    } catch (error) {
      toast.error((error as Error).message)
      setBusy(false)
    }
  }

  return (
    <Button buttonStyle="secondary" disabled={busy} onClick={create} size="small">
      {en ? 'Make a Q&A draft' : 'Tạo bản nháp hỏi – đáp'}
    </Button>
  )
}
