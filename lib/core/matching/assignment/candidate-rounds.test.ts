import { describe, expect, it } from 'vitest';
import { runCandidateRounds } from './candidate-rounds';

describe('runCandidateRounds', () => {
  it('solves again after every round that found undercharged pairs, from the last answer', () => {
    const found = [3, 1, 0];
    const seen: (number | undefined)[] = [];
    const result = runCandidateRounds<number>({
      solve(last, round) {
        seen.push(last);
        return round * 10;
      },
      addUnderpriced: (_, round) => found[round - 1]!,
    });
    expect(result).toEqual({ answer: 30, rounds: 3 });
    expect(seen).toEqual([undefined, 10, 20]);
  });

  it('stops without pricing when an answer does not certify its own graph', () => {
    let priced = 0;
    const result = runCandidateRounds<{ optimal: boolean }>({
      solve: (_, round) => ({ optimal: round < 2 }),
      isCertified: (answer) => answer.optimal,
      addUnderpriced: () => ++priced,
    });
    expect(result).toEqual({ answer: { optimal: false }, rounds: 2 });
    expect(priced).toBe(1);
  });
});
