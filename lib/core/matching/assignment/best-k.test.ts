import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BestK } from './best-k';

function kept(best: BestK): [number, number][] {
  const pairs: [number, number][] = [];
  best.forEach((id, value) => pairs.push([id, value]));
  return pairs;
}

function offerAll(best: BestK, values: readonly number[]): number[] {
  return values.map((value, id) => best.offer(id, value));
}

describe('BestK', () => {
  it('keeps the k largest, largest first', () => {
    const best = new BestK(3);
    offerAll(best, [5, 9, 1, 7, 3, 8]);
    expect(kept(best)).toEqual([
      [1, 9],
      [5, 8],
      [3, 7],
    ]);
  });

  it('breaks ties to the value offered first, both in what it keeps and in its order', () => {
    const best = new BestK(2);
    offerAll(best, [4, 6, 4, 6, 4]);
    expect(kept(best)).toEqual([
      [1, 6],
      [3, 6],
    ]);
    best.clear();
    offerAll(best, [4, 4, 4]);
    expect(kept(best)).toEqual([
      [0, 4],
      [1, 4],
    ]);
  });

  it('keeps everything, in order, when k is larger than the list', () => {
    const best = new BestK(10);
    const bars = offerAll(best, [2, 3, 2]);
    expect(kept(best)).toEqual([
      [1, 3],
      [0, 2],
      [2, 2],
    ]);
    expect(best.size).toBe(3);
    expect(bars).toEqual([-Infinity, -Infinity, -Infinity]);
  });

  it('keeps nothing when k is 0, and says no value can get in', () => {
    const best = new BestK(0);
    expect(offerAll(best, [1, 2])).toEqual([Infinity, Infinity]);
    expect(kept(best)).toEqual([]);
    best.clear(2);
    offerAll(best, [1, 2]);
    expect(kept(best)).toEqual([
      [1, 2],
      [0, 1],
    ]);
  });

  it('returns the value to beat once full', () => {
    const best = new BestK(2);
    expect(offerAll(best, [5, 3, 4, 1])).toEqual([-Infinity, 3, 4, 4]);
  });

  it('agrees with a stable sort, whatever the values and k', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 12 }),
        (values, k) => {
          const best = new BestK(1);
          best.clear(k);
          offerAll(best, values);
          const expected = values
            .map((value, id): [number, number] => [id, value])
            .sort((a, b) => b[1] - a[1])
            .slice(0, k);
          expect(kept(best)).toEqual(expected);
        },
      ),
    );
  });
});
