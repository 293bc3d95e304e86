/**
 * How many people each organisation has and at which levels: a pyramid with exactly one
 * executive (level 8) at the top of each organisation, since a manager must outrank their
 * reports and the top has nobody above.
 */
import { ORGANISATIONS } from './catalog/organisations';

/** Share of each level below the top, levels 1..7. */
const LEVEL_SHARES = [0.13, 0.19, 0.25, 0.22, 0.12, 0.06, 0.03] as const;

/** Splits `total` by `shares` with the largest-remainder method, so the parts add up. */
export function apportion(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((share) => (total * share) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left-- <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
  }
  return parts;
}

/** Headcount per organisation, in ORGANISATIONS order. */
export function organisationSizes(people: number): number[] {
  return apportion(
    people,
    ORGANISATIONS.map((spec) => spec.share),
  );
}

/** The levels of an organisation of `size` people: the top first, then the rest ascending. */
export function levelsFor(size: number): number[] {
  if (size <= 0) return [];
  const counts = apportion(size - 1, LEVEL_SHARES);
  const levels = [8];
  counts.forEach((count, index) => {
    for (let n = 0; n < count; n++) levels.push(index + 1);
  });
  return levels;
}
