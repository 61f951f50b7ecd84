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

import { withVietnameseErrors } from '../../../../lib/vietnameseApiAnswers'

// Errors Payload answers without its error hooks ("Route not found") are Vietnamese too.
export const GET = withVietnameseErrors(REST_GET(config), 'rest')
export const POST = withVietnameseErrors(REST_POST(config), 'rest')
export const DELETE = withVietnameseErrors(REST_DELETE(config), 'rest')
export const PATCH = withVietnameseErrors(REST_PATCH(config), 'rest')
export const PUT = withVietnameseErrors(REST_PUT(config), 'rest')
export const OPTIONS = REST_OPTIONS(config)
