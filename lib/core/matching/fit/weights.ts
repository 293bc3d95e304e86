/**
 * Default fit weights and their normalisation. Weights are settings a program can change, so
 * any input must still give a score within 0-1000: negatives and NaN count as zero, an
 * infinite weight takes all the share (split evenly among infinite ones), and all-zero
 * weights give every pair a score of 0 rather than dividing by zero.
 */
import type { FitWeights, SupportKind } from './types';

// Lived experience is what a mentor is for, and coaching areas what a coach is for; an outside
// view is worth something, but less than either.
export const DEFAULT_FIT_WEIGHTS: FitWeights = {
  beenThere: 45,
  coachingAreas: 45,
  topics: 25,
  crossFunction: 10,
  crossOrganisation: 10,
  timezone: 10,
};

export type FitPart = keyof FitWeights;

/** Which parts count for each kind of help: a mentor is not judged on coaching areas. */
export const PARTS_FOR: Record<SupportKind, readonly FitPart[]> = {
  mentor: ['beenThere', 'topics', 'crossFunction', 'crossOrganisation', 'timezone'],
  coach: ['coachingAreas', 'topics', 'crossFunction', 'crossOrganisation', 'timezone'],
};

/** Shares of the parts that count for `kind`, summing to 1 (or all 0). */
export function normaliseWeights(weights: FitWeights, kind: SupportKind): Record<FitPart, number> {
  const shares: Record<FitPart, number> = {
    beenThere: 0,
    coachingAreas: 0,
    topics: 0,
    crossFunction: 0,
    crossOrganisation: 0,
    timezone: 0,
  };
  const parts = PARTS_FOR[kind];
  const clean = parts.map((part) => {
    const value = weights[part];
    return Number.isNaN(value) || value < 0 ? 0 : value;
  });
  const largest = Math.max(...clean);
  if (largest === 0) return shares;
  // Scaling by the largest first keeps huge finite weights (1e308) from overflowing the sum.
  const scaled = clean.map((value) =>
    largest === Infinity ? (value === Infinity ? 1 : 0) : value / largest,
  );
  const total = scaled.reduce((sum, value) => sum + value, 0);
  parts.forEach((part, index) => {
    shares[part] = (scaled[index] ?? 0) / total;
  });
  return shares;
}
