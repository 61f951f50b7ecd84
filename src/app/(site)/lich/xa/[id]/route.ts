import { feedResponse } from '../../../../../lib/eventFeeds'

// Events change at any time, and a fresh clone has no database to prerender from.
export const dynamic = 'force-dynamic'

/** Calendar feed of the events in a commune: /lich/xa/<id>.ics (the ".ics" is optional) */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  return feedResponse('locality', (await params).id)
}
