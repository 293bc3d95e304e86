import { describe, expect, it } from 'vitest';
import { triageGoal } from './index';

const codes = (goal: string) => triageGoal({ goal }).reasons.map((reason) => reason.code);

describe('a move to another country', () => {
  it('is a path: "moving to New Zealand", "relocating", "emigrating"', () => {
    for (const goal of [
      'We are moving to New Zealand and I want to keep working as a midwife',
      'Relocating with my company next spring and want to keep my career on track',
      'Thinking about emigrating to the United States as a software tester',
    ]) {
      expect(codes(goal)).toContain('text-country-move');
    }
  });

  it('makes "both" with a separate skill to practise', () => {
    expect(
      triageGoal({
        goal: 'Moving back to Portugal after ten years in London, and my presentations in Portuguese need work',
      }).kind,
    ).toBe('both');
  });

  it('needs a word of moving: a client or a colleague abroad is not a move', () => {
    expect(codes('I have a client in Germany who keeps changing the scope')).not.toContain(
      'text-country-move',
    );
  });

  it('does not read ordinary words as countries through typo tolerance', () => {
    expect(codes('Moving to part time to be near my child')).not.toContain('text-country-move');
  });
});
