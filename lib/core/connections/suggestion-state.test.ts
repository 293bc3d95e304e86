import { describe, expect, it } from 'vitest';
import { suggestionState } from './suggestion-state';

describe('a suggestion card after an earlier request', () => {
  it('can be asked again once a request was withdrawn, expired or its relationship ended', () => {
    for (const status of ['WITHDRAWN', 'EXPIRED'] as const)
      expect(suggestionState({ status, relationshipEnded: false })).toMatchObject({ canAsk: true });
    expect(suggestionState({ status: 'ACCEPTED', relationshipEnded: true })).toEqual({
      show: true,
      canAsk: true,
      words: 'You worked together on this goal before.',
    });
  });

  it('waits while a request is open or a relationship is under way', () => {
    expect(suggestionState({ status: 'OPEN', relationshipEnded: false })).toMatchObject({
      canAsk: false,
    });
    expect(suggestionState({ status: 'ACCEPTED', relationshipEnded: false })).toMatchObject({
      canAsk: false,
    });
  });

  it('leaves out someone who said no, and shows anyone not asked yet', () => {
    expect(suggestionState({ status: 'DECLINED', relationshipEnded: false })).toEqual({
      show: false,
    });
    expect(suggestionState(undefined)).toEqual({ show: true, canAsk: true, words: null });
  });
});
