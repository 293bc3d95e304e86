/** The words run pages use for a run's status, in one place. */
import type { RunStatus } from '@/lib/core/programs/runs/statuses';

export const RUN_STATUS_WORDS: Record<RunStatus, string> = {
  QUEUED: 'Waiting for a worker',
  RUNNING: 'Running',
  DONE: 'Finished',
  CANCELLED: 'Cancelled',
  FAILED: 'Failed',
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
