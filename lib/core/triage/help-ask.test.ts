import { describe, expect, it } from 'vitest';
import { triageGoal } from './index';

const codes = (goal: string) => triageGoal({ goal }).reasons.map((reason) => reason.code);

describe('an ask for help with something to practise', () => {
  it('counts "help with chairing", "help onboarding", "coaching on" as a skill', () => {
    for (const goal of [
      'I need help with chairing the weekly site meeting',
      'I want help onboarding three new starters at once',
      'Some coaching on chairing interview panels would be great',
    ]) {
      expect(triageGoal({ goal }).kind).toBe('coach');
      expect(codes(goal)).toContain('text-help-with-skill');
    }
  });

  it('is the skill part of a "both" next to a step', () => {
    expect(
      triageGoal({
        goal: 'I want to become a site manager, and help with running handovers between shifts',
      }).kind,
    ).toBe('both');
  });

  it('quotes the skill up to where its name ends', () => {
    const goal = 'Looking for help with chairing meetings with difficult clients';
    const reason = triageGoal({ goal }).reasons.find((r) => r.code === 'text-help-with-skill');
    expect(reason?.text).toContain('("help with chairing meetings")');
  });

  it('does not take help with a path or with choosing a direction as a skill', () => {
    for (const goal of [
      'I would like help navigating the move into product',
      'I need help getting promoted to principal',
      'Help with deciding whether to leave teaching',
      'I want help with my career',
    ]) {
      expect(codes(goal)).not.toContain('text-help-with-skill');
    }
  });

  it('leaves a skill another cue names to that cue', () => {
    expect(codes('I need help with my confidence')).toEqual(['text-confidence']);
  });
});
