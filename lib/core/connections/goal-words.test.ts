import { describe, expect, it } from 'vitest';
import { supporterReadsGoal, type GoalWordsCase } from './goal-words';

const open: GoalWordsCase = {
  status: 'OPEN',
  origin: 'PROTEGE',
  visibility: 'MATCHING_SUPPORTERS',
  ownerSaidYes: false,
  relationshipState: null,
};

describe('a supporter reads the goal', () => {
  it('while a request is open or its relationship goes on', () => {
    expect(supporterReadsGoal(open)).toBe(true);
    for (const state of ['INTRO', 'ACTIVE'] as const)
      expect(supporterReadsGoal({ ...open, status: 'ACCEPTED', relationshipState: state })).toBe(
        true,
      );
  });

  it('no longer once declined, withdrawn, expired or ended', () => {
    for (const status of ['DECLINED', 'WITHDRAWN', 'EXPIRED'] as const)
      expect(supporterReadsGoal({ ...open, status })).toBe(false);
    expect(supporterReadsGoal({ ...open, status: 'ACCEPTED', relationshipState: 'ENDED' })).toBe(
      false,
    );
  });

  it('of an "only people I ask" goal only when asked, or said yes to', () => {
    const onlyAsked = { ...open, visibility: 'ONLY_ASKED' as const };
    expect(supporterReadsGoal(onlyAsked)).toBe(true);
    expect(supporterReadsGoal({ ...onlyAsked, origin: 'SUPPORTER' })).toBe(false);
    expect(supporterReadsGoal({ ...onlyAsked, origin: 'PROGRAM' })).toBe(false);
    expect(supporterReadsGoal({ ...onlyAsked, origin: 'PROGRAM', ownerSaidYes: true })).toBe(true);
    expect(
      supporterReadsGoal({
        ...onlyAsked,
        origin: 'SUPPORTER',
        status: 'ACCEPTED',
        relationshipState: 'INTRO',
      }),
    ).toBe(true);
  });
});
