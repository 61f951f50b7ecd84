import type { Collection, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { fieldLabel } from './fieldLabels'

/**
 * Reject a write with field-level messages; nothing is stored. Each error carries the field's label,
 * so the headline names "Kết thúc", not `endAt`; with req.t it is in the request's language.
 */
export function fieldErrors(req: PayloadRequest, collection: string, errors: { field: string; message: string }[]): never {
  const config = (req.payload?.collections as Record<string, Collection | undefined> | undefined)?.[collection]?.config ?? req.payload?.globals?.config?.find((g) => g.slug === collection)
  const language = req.i18n?.language ?? 'vi'
  throw new ValidationError(
    {
      collection,
      errors: errors.map((e) => ({ path: e.field, message: e.message, label: fieldLabel(config?.flattenedFields, e.field, language) })),
      req,
    },
    req.t,
  )
}

/** Reject a write with one field-level message; nothing is stored. */
export function fieldError(req: PayloadRequest, collection: string, path: string, message: string): never {
  fieldErrors(req, collection, [{ field: path, message }])
}

/** Whether `error` is a refused write with `message` on `path` (as fieldErrors throws it). */
export function isFieldError(error: unknown, path: string, message: string): boolean {
  const errors = (error as { data?: { errors?: { path?: unknown; message?: unknown }[] } } | null)?.data?.errors
  return Array.isArray(errors) && errors.some((e) => e?.path === path && e?.message === message)
}

/** A JSON error answer from a custom endpoint, shaped like Payload's own. */
export const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** A 400 answer listing what is wrong with a request's parameters, shaped like Payload's validation errors. */
export const fieldErrorResponse = (errors: { field: string; message: string }[]) =>
  Response.json(
    { errors: [{ message: errors.map((e) => e.message).join(' '), data: { errors: errors.map((e) => ({ path: e.field, message: e.message })) } }] },
    { status: 400 },
  )
