/**
 * A fit score as a person reads it: a few honest words, never a bare number. The words name
 * the score's evidence tier (fit/tiers.ts), so "Excellent" always means lived evidence for a
 * mentor, or the exact area at a fitting seniority for a coach.
 */
import { tierOf, TIER_WORDS } from './fit/tiers';

export function fitInWords(score: number): string {
  return TIER_WORDS[tierOf(score)];
}
