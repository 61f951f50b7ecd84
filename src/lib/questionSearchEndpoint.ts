import type { Endpoint } from 'payload'

import { problem } from './fieldError'
import { searchQuestions } from './questionSearch'
import { SEARCH_LIMIT_MESSAGE, searchLimit } from './rateLimit'

/**
 * GET /api/questions/search?q=…&group=<audience code>&topic=<topic code>&limit=…: the public Q&A
 * search as JSON, accent- and case-insensitive, ranked. Anonymous callers see published items only
 * (the collection's read rule); nothing here is cached, so integrations always get current data.
 * `total` counts matches up to 200 (`more: true` past that).
 */
export const questionSearchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    // Staff are not limited; the public is (scraping, floods).
    const wait = req.user ? null : await searchLimit(req.headers)
    if (wait !== null) return Response.json({ errors: [{ message: SEARCH_LIMIT_MESSAGE(wait) }] }, { status: 429, headers: { 'Retry-After': String(wait) } })
    const params = new URL(req.url ?? 'http://localhost').searchParams
    const q = params.get('q') ?? ''
    if (q.length > 200) return problem(400, 'Câu tìm kiếm quá dài (tối đa 200 ký tự).')
    const limit = Number(params.get('limit') ?? 20)
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) return problem(400, 'limit phải là số nguyên từ 1 đến 50.')
    const code = (param: string) => {
      const v = params.get(param)
      return v && /^[A-Za-z0-9.]{1,10}$/.test(v) ? v : null
    }
    let memberIds: string[] = []
    const group = code('group')
    if (group) {
      const { docs } = await req.payload.find({
        collection: 'audience-groups',
        where: { or: [{ code: { equals: group } }, { code: { like: `${group}.` } }] },
        depth: 0,
        pagination: false,
        select: { code: true },
      })
      memberIds = docs.filter((d) => d.code === group || d.code.startsWith(`${group}.`)).map((d) => String(d.id))
      if (!memberIds.length) return problem(400, `Không có nhóm đối tượng mã "${group}".`)
    }
    let topic: string | undefined
    const topicCode = code('topic')
    if (topicCode) {
      const { docs } = await req.payload.find({ collection: 'topics', where: { code: { equals: topicCode } }, limit: 1, depth: 0 })
      if (!docs[0]) return problem(400, `Không có chủ đề mã "${topicCode}".`)
      topic = String(docs[0].id)
    }
    const { total, more, results } = await searchQuestions(req.payload, { q, topic, limit }, memberIds)
    return Response.json({ query: q, total, more, results })
  },
}
