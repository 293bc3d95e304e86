/** The reading rules beside the cues: negation, context and how "both" is decided. */
import { describe, expect, it } from 'vitest';
import { triageGoal } from './index';

const codes = (goal: string) => triageGoal({ goal }).reasons.map((reason) => reason.code);

describe('ruling a destination out', () => {
  it('reads "not trying to make partner" as setting partner aside', () => {
    const goal = "I'm not trying to make partner, I only want to write better proposals";
    expect(triageGoal({ goal }).kind).toBe('coach');
    expect(codes(goal)).toContain('text-senior-role-set-aside');
  });

  it('keeps a negation inside a relative clause to that clause', () => {
    const goal = 'I need help handling juniors who will not follow the rota';
    expect(codes(goal)).toContain('text-help-with-skill');
  });
});

describe('a role word used as a verb', () => {
  it('"to lead my ..." is an action, "promoted to lead engineer" is a role', () => {
    expect(codes('I want to lead the night shift better')).not.toContain('text-target-role');
    expect(codes('I want to lead my crew without shouting')).not.toContain('text-target-role');
    expect(codes('Hoping to be promoted to lead engineer')).toContain('text-target-role');
    expect(codes('I want to lead a larger crew next year')).toContain('text-target-role');
  });
});

describe('being good in a role', () => {
  it('"a better manager" is a skill, not a destination', () => {
    expect(triageGoal({ goal: 'I want to be a better manager for my apprentices' }).kind).toBe(
      'coach',
    );
    expect(codes('I want to be a better manager for my apprentices')).not.toContain(
      'text-target-role',
    );
  });
});

describe('others in a sentence', () => {
  it('"each other" is not other people’s path', () => {
    expect(codes('Two of my reports will not talk to each other')).not.toContain(
      'text-others-path',
    );
  });

  it('talking to people as the skill is not an ask for their experience', () => {
    expect(codes('I want to talk to people at events without panicking')).not.toContain(
      'text-others-path',
    );
  });
});

describe('"both" when a path is asked for outright', () => {
  it('takes an open direction beside it as a second part, not doubt', () => {
    const goal =
      'I am not sure yet what I want after the army, but I want to hear from someone who moved into logistics';
    expect(triageGoal({ goal }).kind).toBe('both');
  });

  it('takes motivation beside it as a second part', () => {
    expect(
      triageGoal({
        goal: 'Looking for someone who became a consultant surgeon, and help with feeling so drained',
      }).kind,
    ).toBe('both');
  });

  it('still needs a path: a doubted destination with an open direction is coaching', () => {
    expect(triageGoal({ goal: "I'm not sure whether to aim for director; I feel lost" }).kind).toBe(
      'coach',
    );
  });

  it('counts a ticked path need as asking, beside a ticked direction need', () => {
    expect(
      triageGoal({
        goal: 'Back to work after a long break',
        needs: ['navigate-path', 'career-direction'],
      }).kind,
    ).toBe('both');
  });
});
