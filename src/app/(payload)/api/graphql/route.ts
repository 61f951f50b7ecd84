import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withBodyLimit } from '../../../../lib/requestBodyLimit'
import { withVietnameseErrors } from '../../../../lib/vietnameseApiAnswers'

export const POST = withVietnameseErrors(withBodyLimit(GRAPHQL_POST(config)), 'graphql')
export const OPTIONS = REST_OPTIONS(config)
