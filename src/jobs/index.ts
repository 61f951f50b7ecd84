import type { Config } from 'payload'

import { hasRole } from '../access/user'
import { emailAnswerToAsker, notifyFeedbackAssigned } from './feedbackEmails'
import { notifyReviewersOfLegalChange } from './notifyReviewersOfLegalChange'
import { onceAcrossWorkers } from './onceAcrossWorkers'
import { refreshOutreachTallies } from './refreshOutreachTallies'
import { sendAccountNotice } from './sendAccountNotice'
import { sendEventReminders } from './sendEventReminders'
import { sendReportReminders } from './sendReportReminders'
import { updatePublicationStates } from './updatePublicationStates'

/**
 * Background work (emails, scheduled publishing) goes through Payload's jobs queue, stored in the
 * database so nothing is lost when the app restarts. `npm start` runs the queue every minute
 * inside the server; in production `npm run serve` sets LOA_JOBS=off and `npm run worker`
 * (scripts/worker.ts, src/jobs/worker.ts) is the one process that runs it.
 */
export const jobsConfig: Config['jobs'] = {
  // Every task that sends email runs once per job and one run at a time across processes
  // (onceAcrossWorkers): Payload's own claim of a job is not atomic.
  tasks: [
    onceAcrossWorkers(notifyReviewersOfLegalChange),
    updatePublicationStates,
    onceAcrossWorkers(sendEventReminders),
    onceAcrossWorkers(notifyFeedbackAssigned),
    onceAcrossWorkers(emailAnswerToAsker),
    onceAcrossWorkers(sendReportReminders),
    refreshOutreachTallies,
    onceAcrossWorkers(sendAccountNotice),
  ],
  // No cron at all where jobs are off (tests, a process beside a separate worker): Payload's cron
  // queues the scheduled tasks on every tick even when shouldAutoRun says no, and a test's
  // database then changed at each minute boundary.
  autoRun: () => (jobsRunHere() ? [{ cron: '* * * * *', queue: 'default', limit: 50 }] : []),
  shouldAutoRun: () => jobsRunHere(),
  // Triggering or inspecting the queue over HTTP is for admins only.
  access: {
    run: ({ req }) => hasRole(req.user, 'admin'),
    queue: ({ req }) => hasRole(req.user, 'admin'),
    cancel: ({ req }) => hasRole(req.user, 'admin'),
  },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    access: {
      ...defaultJobsCollection.access,
      read: ({ req }) => hasRole(req.user, 'admin'),
      create: () => false,
      update: () => false,
      delete: ({ req }) => hasRole(req.user, 'admin'),
    },
  }),
}

/** Whether this process runs the queue itself (not in tests, not with LOA_JOBS=off). */
function jobsRunHere() {
  return process.env.LOA_JOBS !== 'off' && process.env.NODE_ENV !== 'test'
}
