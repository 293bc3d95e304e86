import 'server-only';
/** The queues of background work; workers take from all of them (worker.ts). */
export const JOBS = {
  /** Reminders and expiry of unanswered requests. */
  sweepRequests: 'sweep-requests',
  /** The e-mail outbox. */
  deliverEmails: 'deliver-emails',
  /** Each person's daily digest, at 07:00 on their clock (lib/server/email/digests.ts). */
  gatherDigests: 'gather-digests',
  /** Old rows of SuggestionPoolChange, which the supporter pools have long read. */
  trimPoolChanges: 'trim-pool-changes',
  /** One whole-cohort matching run of a program. */
  matchingRun: 'matching-run',
} as const;
