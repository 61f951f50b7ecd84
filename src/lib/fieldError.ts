import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

/** Reject a write with field-level messages; nothing is stored. */
export function fieldErrors(req: PayloadRequest, collection: string, errors: { field: string; message: string }[]): never {
  // With req.t the headline is in the request's language (Vietnamese by default), not English.
  throw new ValidationError({ collection, errors: errors.map((e) => ({ path: e.field, message: e.message })), req }, req.t)
}

/** Reject a write with one field-level message; nothing is stored. */
export function fieldError(req: PayloadRequest, collection: string, path: string, message: string): never {
  fieldErrors(req, collection, [{ field: path, message }])
}

/** A JSON error answer from a custom endpoint, shaped like Payload's own. */
export const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** A 400 answer listing what is wrong with a request's parameters, shaped like Payload's validation errors. */
export const fieldErrorResponse = (errors: { field: string; message: string }[]) =>
  Response.json(
    { errors: [{ message: errors.map((e) => e.message).join(' '), data: { errors: errors.map((e) => ({ path: e.field, message: e.message })) } }] },
    { status: 400 },
  )
