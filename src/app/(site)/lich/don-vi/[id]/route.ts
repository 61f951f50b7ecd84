import { feedResponse } from '../../../../../lib/eventFeeds'

// Events change at any time, and a fresh clone has no database to prerender from.
export const dynamic = 'force-dynamic'

/** Calendar feed of the events an organization organizes or co-organizes: /lich/don-vi/<id>.ics (the ".ics" is optional) */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  return feedResponse('organization', (await params).id)
}
