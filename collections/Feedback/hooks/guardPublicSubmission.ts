import type { CollectionBeforeOperationHook } from 'payload'

import { publicError } from '../../../src/lib/publicError'
import { clientKey, publicLimiter } from '../../../src/lib/rateLimit'

/** The hidden form field people never see and bots fill in. */
export const SPAM_TRAP_FIELD = 'website'

let limiter: ReturnType<typeof publicLimiter> | undefined
/**
 * Per client: LOA_FEEDBACK_LIMIT submissions (default 5) per 10 minutes; all anonymous clients together:
 * LOA_FEEDBACK_GLOBAL_LIMIT per minute (default 200; the load test lifts both, being one client).
 * The all-clients budget stays here, unlike sign-in and search: it bounds what a flood from many
 * addresses can store in the staff's queue.
 */
const limit = () =>
  (limiter ??= publicLimiter(
    { points: Number(process.env.LOA_FEEDBACK_LIMIT || 5), duration: 600 },
    { points: Number(process.env.LOA_FEEDBACK_GLOBAL_LIMIT || 200), duration: 60 },
  ))

/**
 * Anonymous submissions (the public form, POST /api/feedback): the spam trap must be empty, the
 * client within its rate limit, and the item starts as new web-form feedback whatever was sent.
 * Staff logging feedback are not limited, nor is the server's own code (Local API: seed, imports).
 */
export const guardPublicSubmission: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' || req.user || req.payloadAPI === 'local') return args
  const data = ((args as { data?: Record<string, unknown> }).data ??= {})
  if (String(data[SPAM_TRAP_FIELD] ?? '').trim() !== '') {
    throw publicError(
      'Góp ý bị từ chối vì có dấu hiệu tự động (spam). Nếu bạn là người gửi, hãy tải lại trang và thử lại.',
      400,
      { reason: 'spam' },
    )
  }
  delete data[SPAM_TRAP_FIELD]
  const wait = await limit()(clientKey(req.headers))
  if (wait !== null) {
    throw publicError(
      `Bạn đã gửi quá nhiều góp ý trong thời gian ngắn. Vui lòng thử lại sau ${Math.ceil(wait / 60)} phút.`,
      429,
      { retryAfterSeconds: wait },
    )
  }
  // Triage fields (status, assignee, answer) are staff-only by field access; the source is ours to say.
  data.source = 'web_form'
  return args
}
