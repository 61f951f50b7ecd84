import { APIError } from 'payload'

/**
 * An error whose message the client must see (4xx), in production too. The production build
 * minifies class names, and Payload only shows an error's message when it has a name (or is
 * recognised as its own APIError, which a second bundled copy of the class is not).
 */
export function publicError(message: string, status: number, data: Record<string, unknown> = {}): APIError {
  const error = new APIError(message, status, data, true)
  error.name = 'APIError'
  return error
}
