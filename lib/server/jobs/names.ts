import 'server-only';
/** The queues of background work; workers take from all of them (worker.ts). */
export const JOBS = {
  /** Reminders and expiry of unanswered requests. */
  sweepRequests: 'sweep-requests',
  /** The e-mail outbox. */
  deliverEmails: 'deliver-emails',
  /** One whole-cohort matching run of a program. */
  matchingRun: 'matching-run',
} as const;
