/** The words the connection pages use for states, in one place. */
import type { RelationshipState, RequestStatus } from '@/lib/core/connections/statuses';

/** Words for every value of a status: a value without words is a type error. */
export type RequestStatusWords = Readonly<Record<RequestStatus, string>>;

export const REQUEST_STATUS_WORDS: RequestStatusWords = {
  OPEN: 'Waiting for an answer',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  EXPIRED: 'Expired',
};

export const RELATIONSHIP_STATE_WORDS: Record<RelationshipState, string> = {
  INTRO: 'Introduction',
  ACTIVE: 'Under way',
  ENDED: 'Ended',
};

export const kindWord = (kind: string) => (kind === 'MENTOR' ? 'mentoring' : 'coaching');

export const dateWords = (date: Date) =>
  date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
