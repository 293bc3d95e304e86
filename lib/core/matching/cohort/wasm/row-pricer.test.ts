import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEVER } from '../row-scorer';
import { PRICE_LIMIT, RowPricer } from './row-pricer';

/** The scan written plainly: undercharged pairs in column order, and the least other slack. */
function plainScan(scores: number[], prices: number[], threshold: number) {
  const found: [number, number][] = [];
  let least = Infinity;
  scores.forEach((score, j) => {
    if (score === NEVER) return;
    const slack = threshold + prices[j]! - score;
    if (slack < 0) found.push([j, -slack]);
    else least = Math.min(least, slack);
  });
  return { found, least };
}

const rowArb = fc.integer({ min: 1, max: 70 }).chain((n) =>
  fc.record({
    scores: fc.array(fc.oneof(fc.constant(NEVER), fc.integer({ min: 0, max: 1000 })), {
      minLength: n,
      maxLength: n,
    }),
    prices: fc.array(fc.integer({ min: -PRICE_LIMIT, max: PRICE_LIMIT }), {
      minLength: n,
      maxLength: n,
    }),
    // Mostly near the scores, where both kinds of pair and ties at slack 0 occur.
    threshold: fc.oneof(
      fc.integer({ min: -1200, max: 200 }),
      fc.integer({ min: -PRICE_LIMIT, max: PRICE_LIMIT }),
    ),
    nearPrices: fc.boolean(),
  }),
);

describe('RowPricer', () => {
  it('finds what the plain loop finds, for rows of any length and prices up to the limit', () => {
    fc.assert(
      fc.property(rowArb, ({ scores, prices, threshold, nearPrices }) => {
        const used = nearPrices ? prices.map((price) => price % 500) : prices;
        const pricer = RowPricer.for(scores.length)!;
        expect(pricer.setPrices(Float64Array.from(used))).toBe(true);
        pricer.load(Int16Array.from(scores), 0, () => true);
        const count = pricer.scanRow(threshold);
        const found = Array.from({ length: count }, (_, k) => [
          pricer.found[2 * k]!,
          pricer.found[2 * k + 1]!,
        ]);
        expect({ found, least: pricer.least() }).toEqual(plainScan(scores, used, threshold));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses prices and thresholds that are not integers within the limit', () => {
    const pricer = RowPricer.for(3)!;
    expect(pricer.setPrices(Float64Array.of(1, 2, 3))).toBe(true);
    expect(pricer.setPrices(Float64Array.of(1, 2.5, 3))).toBe(false);
    expect(pricer.setPrices(Float64Array.of(1, PRICE_LIMIT + 1, 3))).toBe(false);
    expect(pricer.takes(-PRICE_LIMIT)).toBe(true);
    expect(pricer.takes(0.5)).toBe(false);
    expect(pricer.takes(Infinity)).toBe(false);
  });
});
