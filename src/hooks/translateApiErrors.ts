import type { AfterErrorHook, ErrorResult, FlattenedField, PayloadRequest } from 'payload'

import { clientErrorOf, detailedClientErrorBody, vietnameseErrorBody, wantsEnglish, withFieldLabels } from '../domain/apiErrors'
import { fieldLabel } from '../lib/fieldLabels'

/** A field's label in the request's language, for a collection's or a global's path. */
const labelsFor = (req: PayloadRequest, english: boolean) => (slug: string, path: string) => {
  const fields: FlattenedField[] | undefined = (req.payload?.collections as Record<string, { config: { flattenedFields: FlattenedField[] } } | undefined> | undefined)?.[slug]?.config.flattenedFields ?? req.payload?.config.globals.find((g) => g.slug === slug)?.flattenedFields
  return fieldLabel(fields, path, english ? 'en' : 'vi')
}

/**
 * API errors speak Vietnamese (src/domain/apiErrors.ts), like the admin, unless the user chose
 * English in their account settings (REST and GraphQL); the few client errors Payload answers with a 500 get their
 * 4xx. Otherwise status and shape stay Payload's.
 */
export const translateApiErrors: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  const english = wantsEnglish(req.headers?.get('cookie'), `${req.payload?.config.cookiePrefix || 'payload'}-lng`)
  if (graphqlResult) {
    const detailed = detailedClientErrorBody((error as { originalError?: unknown }).originalError)?.errors[0]
    const labelled = withFieldLabels({ message: graphqlResult.message, data: graphqlResult.extensions?.data }, labelsFor(req, english))
    const named = { ...graphqlResult, message: labelled.message as string, extensions: { ...graphqlResult.extensions, ...(labelled.data ? { data: labelled.data } : {}), ...(detailed ? { name: detailed.name } : {}) } }
    if (english) return { graphqlResult: named }
    const [translated] = vietnameseErrorBody({ errors: [{ message: named.message, data: named.extensions?.data }] }).errors
    return { graphqlResult: { ...named, message: translated.message as string, extensions: { ...named.extensions, data: translated.data } } }
  }
  const client = clientErrorOf(error)
  const found = client ? { errors: [{ message: client.message }] } : (detailedClientErrorBody(error) ?? result)
  if (!found) return
  const response = Array.isArray(found.errors) ? { ...found, errors: found.errors.map((e) => withFieldLabels(e, labelsFor(req, english))) } : found
  return { response: (english ? response : vietnameseErrorBody(response as Parameters<typeof vietnameseErrorBody>[0])) as ErrorResult, status: client?.status }
}
