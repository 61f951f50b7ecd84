'use client'

import { useField } from '@payloadcms/ui'

/**
 * Read-only JSON shown as text. Payload's own JSON field loads its editor (Monaco) from a CDN,
 * which an offline installation cannot reach; derived data needs no editor anyway.
 */
export function JsonPreview({ path, field }: { path?: string; field?: { name?: string; label?: unknown } }) {
  const { value } = useField<unknown>({ path: path ?? field?.name ?? '' })
  return (
    <div className="field-type">
      <pre style={{ whiteSpace: 'pre-wrap', fontSize: '0.8rem', maxHeight: '30rem', overflow: 'auto' }}>{JSON.stringify(value ?? null, null, 2)}</pre>
    </div>
  )
}
