/**
 * `Same` is checked by tsc more than by vitest: each `@ts-expect-error` below plants a pair
 * that differs, and tsc fails if `Assert<Same<...>>` ever accepts it (the directive would then
 * be unused), so the enum proofs that rely on `Same` are shown able to fail.
 */
import { expect, it } from 'vitest';
import type { Assert, Same } from './same-type';

export type SameUnionsInAnyOrder = Assert<Same<'A' | 'B', 'B' | 'A'>>;
// @ts-expect-error: a value missing on the right is a mismatch
export type MissingOnTheRight = Assert<Same<'A' | 'B', 'A'>>;
// @ts-expect-error: a value missing on the left is a mismatch too, as Same compares both ways
export type MissingOnTheLeft = Assert<Same<'A', 'A' | 'B'>>;

it('answers false for a mismatched pair and true for an equal one', () => {
  const mismatched: Same<'A' | 'B', 'A'> = false;
  const equal: Same<'A' | 'B', 'B' | 'A'> = true;
  expect([mismatched, equal]).toEqual([false, true]);
});
