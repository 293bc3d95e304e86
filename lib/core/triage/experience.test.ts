import { describe, expect, it } from 'vitest';
import { findLivedAsks } from './experience';
import { triageGoal } from './index';
import { readGoal } from './nlp';

const codes = (goal: string) => triageGoal({ goal }).reasons.map((reason) => reason.code);
const asked = (goal: string) => {
  const tokens = readGoal(goal);
  return findLivedAsks(tokens).map(({ start, end }) =>
    tokens
      .slice(start, end + 1)
      .map((token) => token.value)
      .join(' '),
  );
};

describe('asks for someone by what they have lived', () => {
  it('reads "someone who left ... and built ..." as one lived experience, not a skill gap', () => {
    const goal =
      "I'm starting a logistics company and want guidance from someone who quit consulting and built a firm";
    const result = triageGoal({ goal });
    expect(result.kind).toBe('mentor');
    expect(codes(goal)).toContain('text-lived-experience');
    expect(codes(goal)).not.toContain('text-skill-gap');
    expect(result.reasons[0]?.text).toBe(
      "You asked for someone who quit consulting and built a firm: that is a mentor's lived experience.",
    );
  });

  it('takes skill words inside the ask as the person’s experience', () => {
    expect(
      triageGoal({ goal: 'Looking for someone who has negotiated a merger for a hospital group' })
        .kind,
    ).toBe('mentor');
    expect(
      triageGoal({ goal: 'I want to meet a person who gave talks at large science festivals' })
        .kind,
    ).toBe('mentor');
  });

  it('finds the person by an article too: "an actuary who qualified while working"', () => {
    expect(
      asked('I would love to hear from an actuary who qualified while working full time'),
    ).toEqual(['an actuary who qualified while working full time']);
  });

  it('ends the ask where a separate request begins, so that request still counts', () => {
    const goal = 'I want someone who ran a clinic abroad, and help with delegating to my nurses';
    expect(asked(goal)).toEqual(['someone who ran a clinic abroad']);
    expect(triageGoal({ goal }).kind).toBe('both');
  });

  it('takes holding something now as lived: "someone who runs a practice"', () => {
    expect(asked('I want to talk to someone who runs a dental practice in a small town')).toEqual([
      'someone who runs a dental practice in a small town',
    ]);
  });

  it('does not read present-tense helpers or people in the story as asks', () => {
    expect(asked('I need someone who can help me with my slides')).toEqual([]);
    expect(asked('I report to a director who founded the company and ignores me')).toEqual([]);
    expect(asked('My mentor, who retired last year, used to push me')).toEqual([]);
  });

  it('takes a skill to be learnt from the person as theirs: "learn it from a chef who..."', () => {
    expect(
      triageGoal({
        goal: 'I need to get better at menu costing, and I want to learn it from a chef who opened three restaurants',
      }).kind,
    ).toBe('mentor');
    // Without "it", the skill stays a part of its own.
    expect(
      triageGoal({
        goal: 'I need to get better at menu costing, and I want to learn from a chef who opened three restaurants',
      }).kind,
    ).toBe('both');
  });

  it('sets aside an ask the person turns down', () => {
    const goal = "I don't want someone who has been a CEO; I want to stop rambling in meetings";
    expect(triageGoal({ goal }).kind).toBe('coach');
    expect(codes(goal)).toContain('text-lived-experience-set-aside');
  });
});
