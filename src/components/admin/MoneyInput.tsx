'use client'

import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { DefaultCellComponentProps, NumberFieldClientComponent, Validate } from 'payload'
import { useCallback, useEffect, useState } from 'react'

import { formatDong, parseDong } from '../../domain/money'

/**
 * An amount in đồng typed the Vietnamese way ("4.500.000"). Payload's number input is
 * `type="number"`, which reads that as 4.5; this one keeps the text as typed and stores the whole
 * number. Text that is not an amount is kept as text and refused in the form, with its reason
 * (src/domain/money.ts) under the field; nothing is sent.
 */
export const MoneyInput: NumberFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  // Text that is not an amount stays in the form as text; this refuses it before anything is sent
  // (the API would refuse a string in a number field with a message about the field's name only).
  const validate = useCallback<Validate>((typed) => {
    if (typeof typed !== 'string') return true
    const parsed = parseDong(typed)
    return parsed.ok ? true : parsed.message
  }, [])
  const { path, value, setValue, showError, disabled } = useField<number | string | null>({ potentiallyStalePath: pathFromProps, validate })
  const [text, setText] = useState(() => (typeof value === 'number' ? formatDong(value) : (value ?? '')))
  // A value changed elsewhere (a reset, a duplicate loaded) shows up formatted.
  useEffect(() => {
    const typed = parseDong(text)
    if (typeof value === 'number' && !(typed.ok && typed.value === value)) setText(formatDong(value))
    if (value === null || value === undefined) setText((t) => (parseDong(t).ok ? '' : t))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the stored value changes
  }, [value])
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className={['field-type', 'number', showError && 'error', (readOnly || disabled) && 'read-only'].filter(Boolean).join(' ')}>
      <FieldLabel label={field.label} path={path} required={field.required} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} />
        <div>
          <input
            id={id}
            name={path}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            disabled={readOnly || disabled}
            placeholder="0"
            value={text}
            onChange={(e) => {
              setText(e.target.value)
              const parsed = parseDong(e.target.value)
              setValue(parsed.ok ? parsed.value : e.target.value)
            }}
            onBlur={() => {
              const parsed = parseDong(text)
              if (parsed.ok) setText(formatDong(parsed.value))
            }}
          />
        </div>
        <FieldDescription description={field.admin?.description ?? 'Đơn vị: đồng, ví dụ 4.500.000.'} path={path} />
      </div>
    </div>
  )
}

/** The list view's cell: "4.500.000" rather than 4500000. */
export function MoneyCell({ cellData }: DefaultCellComponentProps) {
  return <span>{typeof cellData === 'number' ? formatDong(cellData) : ''}</span>
}
