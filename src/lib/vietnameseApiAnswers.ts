import { vietnameseErrorBody, vietnameseGraphQLMessage, wantsEnglish, withoutSchemaHints } from '../domain/apiErrors'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a route handler's second argument differs per route
type Handler = (request: Request, ...rest: any[]) => Promise<Response>
type GraphQLBody = { errors?: { message?: unknown; extensions?: { data?: unknown } }[] }

function graphqlBody(body: GraphQLBody, english: boolean): GraphQLBody {
  if (!Array.isArray(body.errors)) return body
  return {
    ...body,
    errors: body.errors.map((e) => {
      if (typeof e?.message !== 'string') return e
      if (english) return { ...e, message: withoutSchemaHints(e.message) }
      const data = vietnameseErrorBody({ errors: [{ message: '', data: e.extensions?.data }] }).errors[0].data
      return { ...e, message: vietnameseGraphQLMessage(e.message), ...(e.extensions ? { extensions: { ...e.extensions, data } } : {}) }
    }),
  }
}

/**
 * The API's error answers in Vietnamese (English for a user who chose it), including those Payload
 * writes without passing through its error hooks: "Route not found", and GraphQL's own validation and
 * complexity errors, whose schema hints ("Did you mean …") are dropped. Wraps a Next route handler.
 */
export function withVietnameseErrors<H extends Handler>(handler: H, kind: 'rest' | 'graphql'): H {
  return (async (request: Request, ...rest: unknown[]) => {
    const response = await handler(request, ...rest)
    // REST errors are 4xx/5xx; GraphQL answers its own errors with a 200 too.
    if (kind === 'rest' && response.status < 400) return response
    if (!response.headers.get('content-type')?.includes('json')) return response
    const text = await response.clone().text()
    if (!text.includes('"errors"') && !text.includes('"message"')) return response
    let body: GraphQLBody
    try {
      body = JSON.parse(text)
    } catch {
      return response
    }
    const english = wantsEnglish(request.headers.get('cookie'))
    const translated = kind === 'graphql' ? graphqlBody(body, english) : english ? body : vietnameseErrorBody(body)
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(JSON.stringify(translated), { status: response.status, statusText: response.statusText, headers })
  }) as H
}
