/**
 * Evidence tiers: what a fit score's band means. A pair's evidence (lived experience for a
 * mentor, coached areas at a fitting seniority for a coach) decides the band; everything else
 * (how recent, shared topics, an outside view, working hours) only moves the score within it.
 * So no weighting a program chooses can lift a pair without evidence above one with it, and
 * the label a person reads says what the evidence is, the same on every page.
 *
 * | tier | band     | mentor                                          | coach                                      |
 * |------|----------|-------------------------------------------------|--------------------------------------------|
 * | 3    | 750-1000 | lived every move the goal takes (or held its role) within the last 10 years | coaches every area the goal names, at or above the protégé's level |
 * | 2    | 500-749  | lived it longer ago, or made the same kind of move elsewhere | every area below that level, or some areas at it |
 * | 1    | 250-499  | some related step (a rise short of the target, a move out of the same function) | some areas, below the protégé's level |
 * | 0    | 0-249    | nothing lived that the goal is after                | (a coach of no needed area is never proposed) |
 */
export type Tier = 0 | 1 | 2 | 3;

/** The lowest score of each tier's band. */
export const TIER_BASE: Readonly<Record<Tier, number>> = { 0: 0, 1: 250, 2: 500, 3: 750 };
/** How far above its base a pair can rise: to just below the next band, or to 1000 at the top. */
export const TIER_SPAN: Readonly<Record<Tier, number>> = { 0: 249, 1: 249, 2: 249, 3: 250 };

/** The tier a score's band belongs to. */
export function tierOf(score: number): Tier {
  if (score >= TIER_BASE[3]) return 3;
  if (score >= TIER_BASE[2]) return 2;
  if (score >= TIER_BASE[1]) return 1;
  return 0;
}

export const TIER_WORDS: Readonly<Record<Tier, string>> = {
  3: 'Excellent fit',
  2: 'Strong fit',
  1: 'Good fit',
  0: 'Possible fit',
};
