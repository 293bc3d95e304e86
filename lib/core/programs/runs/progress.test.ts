import { describe, expect, it } from 'vitest';
import { progressOf } from './progress';

const oneGroup = { group: 1, groups: 1 };

describe('a run’s progress', () => {
  it('moves while pairs are scored, not only when scoring ends', () => {
    const steps = [1000, 5000, 9000].map((scored) =>
      progressOf({ stage: 'scoring', scored, needs: 10_000, ...oneGroup }),
    );
    expect(steps.map((step) => step.stage)).toEqual(['scoring', 'scoring', 'scoring']);
    expect(steps.map((step) => step.progress)).toEqual([12, 22, 32]);
    expect(progressOf({ stage: 'scored', eligiblePairs: 1, ...oneGroup })).toEqual({
      stage: 'solving',
      progress: 34,
    });
  });

  it('moves with each solver round and never goes back', () => {
    const rounds = [1, 2, 3, 4].map(
      (round) =>
        progressOf({ stage: 'solved', round, candidatePairs: 1, matched: 1, ...oneGroup }).progress,
    );
    expect([...rounds].sort((a, b) => a - b)).toEqual(rounds);
    expect(new Set(rounds).size).toBe(4);
    expect(rounds.at(-1)).toBeLessThan(90);
  });

  it('splits the engine’s share between organisations matched on their own', () => {
    const half = progressOf({ stage: 'explained', assignments: 1, group: 1, groups: 2 });
    expect(half).toEqual({ stage: 'scoring', progress: 50 });
    const all = progressOf({ stage: 'explained', assignments: 1, group: 2, groups: 2 });
    expect(all).toEqual({ stage: 'writing', progress: 90 });
  });
});
