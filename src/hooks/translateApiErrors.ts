import type { AfterErrorHook, ErrorResult } from 'payload'

import { clientErrorOf, detailedClientErrorBody, vietnameseErrorBody, vietnameseMessage, wantsEnglish } from '../domain/apiErrors'

/**
 * API errors speak Vietnamese (src/domain/apiErrors.ts), like the admin, unless the user chose
 * English in their account settings (REST and GraphQL); the few client errors Payload answers with a 500 get their
 * 4xx. Otherwise status and shape stay Payload's.
 */
export const translateApiErrors: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  const english = wantsEnglish(req.headers?.get('cookie'), `${req.payload?.config.cookiePrefix || 'payload'}-lng`)
  if (graphqlResult) {
    const detailed = detailedClientErrorBody((error as { originalError?: unknown }).originalError)?.errors[0]
    const named = detailed ? { ...graphqlResult, extensions: { ...graphqlResult.extensions, name: detailed.name } } : graphqlResult
    if (english) return { graphqlResult: named }
    const [translated] = vietnameseErrorBody({ errors: [{ message: named.message, data: named.extensions?.data }] }).errors
    return { graphqlResult: { ...named, message: translated.message as string, extensions: { ...named.extensions, data: translated.data } } }
  }
  const client = clientErrorOf(error)
  const response = client ? { errors: [{ message: client.message }] } : (detailedClientErrorBody(error) ?? result)
  if (!response) return
  return { response: (english ? response : vietnameseErrorBody(response as Parameters<typeof vietnameseErrorBody>[0])) as ErrorResult, status: client?.status }
}
