import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withBodyLimit } from '../../../../lib/requestBodyLimit'
import { withVietnameseErrors } from '../../../../lib/vietnameseApiAnswers'

// Errors Payload answers without its error hooks ("Route not found") are Vietnamese too; JSON
// bodies above LOA_MAX_JSON_BYTES are refused before Payload reads them.
export const GET = withVietnameseErrors(withBodyLimit(REST_GET(config)), 'rest')
export const POST = withVietnameseErrors(withBodyLimit(REST_POST(config)), 'rest')
export const DELETE = withVietnameseErrors(withBodyLimit(REST_DELETE(config)), 'rest')
export const PATCH = withVietnameseErrors(withBodyLimit(REST_PATCH(config)), 'rest')
export const PUT = withVietnameseErrors(withBodyLimit(REST_PUT(config)), 'rest')
export const OPTIONS = REST_OPTIONS(config)
