import { describe, expect, it } from 'vitest';
import { readGoalIntent } from './read-intent';
import { goalIntentSchema } from './schema';

const intent = {
  targetRole: { title: 'Engineering Manager', level: 5, function: 'Engineering' },
  moves: ['step-up'],
  coachingAreas: ['presentation'],
};

describe('goalIntentSchema', () => {
  it('accepts a stored intent and one with no target', () => {
    expect(goalIntentSchema.parse(intent)).toEqual(intent);
    const none = {
      targetRole: { title: null, level: null, function: null },
      moves: [],
      coachingAreas: [],
    };
    expect(goalIntentSchema.parse(none)).toEqual(none);
  });

  it('rejects levels off the ladder, unknown moves and path needs', () => {
    const bad = (patch: object) => goalIntentSchema.safeParse({ ...intent, ...patch }).success;
    expect(bad({ targetRole: { ...intent.targetRole, level: 9 } })).toBe(false);
    expect(bad({ moves: ['promotion'] })).toBe(false);
    expect(bad({ coachingAreas: ['senior-role'] })).toBe(false);
  });
});

describe('the reader’s intents', () => {
  it('always fit the stored schema', () => {
    const goals = ['EM -> VP', 'something in tech?', 'Start my own bakery in Lyon', 'Not sure.'];
    for (const goal of goals) {
      const intent = readGoalIntent({
        goal,
        currentTitle: 'Engineering Manager',
        currentLevel: 5,
        currentFunction: 'Engineering',
      });
      expect(goalIntentSchema.safeParse(intent).success).toBe(true);
    }
  });
});
