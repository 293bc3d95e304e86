/** The words the connection pages use for states, in one place. */
export const REQUEST_STATUS_WORDS: Record<string, string> = {
  OPEN: 'Waiting for an answer',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  EXPIRED: 'Expired',
};

export const RELATIONSHIP_STATE_WORDS: Record<string, string> = {
  INTRO: 'Introduction',
  ACTIVE: 'Under way',
  ENDED: 'Ended',
};

export const kindWord = (kind: string) => (kind === 'MENTOR' ? 'mentoring' : 'coaching');

export const dateWords = (date: Date) =>
  date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
