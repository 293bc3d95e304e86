/**
 * The words run pages use for a run's and a proposal's status, in one place. A plain module,
 * not a client one, so server pages read the words themselves rather than a client reference.
 */
import type { ProposalStatus, RunStatus } from '@/lib/core/programs/runs/statuses';

export const RUN_STATUS_WORDS: Record<RunStatus, string> = {
  QUEUED: 'Waiting for a worker',
  RUNNING: 'Running',
  DONE: 'Finished',
  CANCELLED: 'Cancelled',
  FAILED: 'Failed',
};

export const PROPOSAL_STATUS_WORDS: Record<ProposalStatus, string> = {
  PROPOSED: 'To review',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  PUBLISHED: 'Published',
};

export const percent = (share: number) => `${Math.round(share * 100)}%`;

export const timeWords = (date: Date) =>
  date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
