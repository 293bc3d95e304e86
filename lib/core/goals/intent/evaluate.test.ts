import { describe, expect, it } from 'vitest';
import { fieldsRight, scoreIntents, scoreTable } from './evaluate';
import type { GoalIntent } from './types';

const labelled: GoalIntent = {
  targetRole: { title: 'Head of People', level: 6, function: 'HR' },
  moves: ['step-up', 'senior-unwritten-rules'],
  coachingAreas: [],
};

describe('scoring read intents', () => {
  it('compares functions canonically and titles after normalising', () => {
    const read: GoalIntent = {
      targetRole: { title: 'Director of People', level: 6, function: 'People' },
      moves: ['senior-unwritten-rules', 'step-up'],
      coachingAreas: [],
    };
    expect(fieldsRight({ expected: labelled, read })).toMatchObject({
      targetFunction: true,
      title: true,
      moves: true,
      all: true,
    });
  });

  it('counts each move’s hits and misses', () => {
    const read: GoalIntent = { ...labelled, moves: ['function-change', 'senior-unwritten-rules'] };
    const score = scoreIntents([{ expected: labelled, read }]);
    expect(score.right.moves).toBe(0);
    expect(score.moves.find((move) => move.move === 'step-up')).toMatchObject({
      falseNegatives: 1,
    });
    expect(score.moves.find((move) => move.move === 'function-change')).toMatchObject({
      falsePositives: 1,
    });
    expect(scoreTable('test', score)).toContain('moves (exact set)');
  });
});
