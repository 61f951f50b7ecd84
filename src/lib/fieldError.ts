import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

/** Reject a write with a field-level message; nothing is stored. */
export function fieldError(req: PayloadRequest, collection: string, path: string, message: string): never {
  // With req.t the headline is in the request's language (Vietnamese by default), not English.
  throw new ValidationError({ collection, errors: [{ message, path }], req }, req.t)
}
