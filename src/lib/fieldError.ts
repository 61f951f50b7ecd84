import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

/** Reject a write with a field-level message; nothing is stored. */
export function fieldError(req: PayloadRequest, collection: string, path: string, message: string): never {
  throw new ValidationError({ collection, errors: [{ message, path }], req })
}
