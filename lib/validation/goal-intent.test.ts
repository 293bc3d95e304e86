import { describe, expect, it } from 'vitest';
import { intentCorrectionSchema } from './goal-intent';

describe('a correction of how a goal reads', () => {
  it('takes a role, a level, a known function and moves; empty choices mean none', () => {
    expect(
      intentCorrectionSchema.parse({
        goalId: 'g1',
        targetTitle: ' Engineering Manager ',
        targetLevel: '5',
        targetFunction: 'Engineering',
        moves: ['step-up'],
      }),
    ).toEqual({
      goalId: 'g1',
      targetTitle: 'Engineering Manager',
      targetLevel: 5,
      targetFunction: 'Engineering',
      moves: ['step-up'],
    });
    expect(
      intentCorrectionSchema.parse({ goalId: 'g1', targetLevel: '', targetFunction: '' }),
    ).toEqual({ goalId: 'g1', moves: [] });
  });

  it('refuses a function or move it does not know, and a level off the ladder', () => {
    const refused = (input: object) =>
      intentCorrectionSchema.safeParse({ goalId: 'g1', ...input }).error?.issues[0]?.message;
    expect(refused({ targetFunction: 'Wizardry' })).toBe('Choose a function from the list.');
    expect(refused({ targetLevel: '9' })).toBe('Choose a level from the list.');
    expect(refused({ moves: ['teleport'] })).toBe('Choose from the list.');
  });
});
