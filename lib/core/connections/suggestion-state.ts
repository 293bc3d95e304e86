/**
 * What a suggestion card says about an earlier request to the same person for the same goal,
 * from where that request (and the relationship it started) stands now: waiting, working
 * together, worked together, or nothing in the way of asking again. Someone who said no is
 * not suggested for that goal again, so they do not take one of its few places.
 */
import type { RequestStatus } from './statuses';

export type SuggestionState =
  | { show: false }
  | { show: true; canAsk: false; words: string }
  | { show: true; canAsk: true; words: string | null };

export function suggestionState(
  request: { status: RequestStatus; relationshipEnded: boolean } | undefined,
): SuggestionState {
  if (!request) return { show: true, canAsk: true, words: null };
  switch (request.status) {
    case 'OPEN':
      return { show: true, canAsk: false, words: 'Request sent, waiting for an answer' };
    case 'ACCEPTED':
      return request.relationshipEnded
        ? { show: true, canAsk: true, words: 'You worked together on this goal before.' }
        : { show: true, canAsk: false, words: 'Said yes: you are working together' };
    case 'DECLINED':
      return { show: false };
    case 'WITHDRAWN':
      return {
        show: true,
        canAsk: true,
        words: 'You withdrew an earlier request; you can ask again.',
      };
    case 'EXPIRED':
      return {
        show: true,
        canAsk: true,
        words: 'An earlier request expired without an answer; you can ask again.',
      };
  }
}
