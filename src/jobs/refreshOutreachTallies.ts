import type { TaskConfig } from 'payload'

import { refreshTallies, rebuildTallies, talliesNeedRebuild } from '../lib/tallies'

export const REFRESH_OUTREACH_TALLIES_TASK = 'refreshOutreachTallies'

/**
 * Every five minutes: fold the outreach written since into the monthly tallies, so the dashboard
 * rarely has work to do before it answers (it refreshes first anyway). Where the tallies are
 * missing or a rebuild stopped half-way, rebuilds them all here (in the worker, never in a web
 * request), logging its progress.
 */
export const refreshOutreachTallies: TaskConfig<{ input: object; output: { buckets: number; rebuilt: boolean } }> = {
  slug: REFRESH_OUTREACH_TALLIES_TASK,
  label: 'Cập nhật số liệu tổng hợp hoạt động tuyên truyền',
  schedule: [{ cron: '*/5 * * * *', queue: 'default' }],
  retries: 2,
  // Outside the job's transaction: the refresh commits bucket by bucket, the rebuild month by month.
  handler: async ({ req }) => {
    const { payload } = req
    if (await talliesNeedRebuild(payload)) {
      const buckets = await rebuildTallies(payload, {
        onProgress: (p) => payload.logger.info(`Dựng lại số liệu tổng hợp: tháng ${p.monthsDone}/${p.months} (${p.month}), ${p.buckets} nhóm số liệu`),
      })
      return { output: { buckets, rebuilt: true } }
    }
    return { output: { buckets: await refreshTallies(payload), rebuilt: false } }
  },
}
