import type { TaskConfig } from 'payload'

import { refreshTallies } from '../lib/tallies'

export const REFRESH_OUTREACH_TALLIES_TASK = 'refreshOutreachTallies'

/**
 * Every five minutes: fold the outreach written since into the monthly tallies, so the dashboard
 * rarely has work to do before it answers (it refreshes first anyway).
 */
export const refreshOutreachTallies: TaskConfig<{ input: object; output: { buckets: number } }> = {
  slug: REFRESH_OUTREACH_TALLIES_TASK,
  label: 'Cập nhật số liệu tổng hợp hoạt động tuyên truyền',
  schedule: [{ cron: '*/5 * * * *', queue: 'default' }],
  retries: 2,
  // Outside the job's transaction: the refresh commits bucket by bucket.
  handler: async ({ req }) => ({ output: { buckets: await refreshTallies(req.payload) } }),
}
