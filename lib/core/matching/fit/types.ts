/**
 * Public shapes of the fit score: the settings a program can change, the per-file context
 * (reference date, load, excluded pairs) and the answer for one goal and one possible
 * mentor or coach: a score 0-1000 with reasons, or the rule that rules the pair out.
 */
export type SupportKind = 'mentor' | 'coach';

/** Relative importance of each part of the fit; any non-negative numbers, normalised before use. */
export interface FitWeights {
  beenThere: number;
  coachingAreas: number;
  topics: number;
  crossFunction: number;
  crossOrganisation: number;
  timezone: number;
}

export interface FitReason {
  code: string;
  /** To the protégé: "your goal". */
  text: string;
  /** The same reason to a program admin: "Nadia's goal". */
  about: string;
  points: number;
}

export type IneligibleCode =
  | 'same-person'
  | 'reporting-line'
  | 'does-not-offer'
  | 'does-not-coach-area'
  | 'excluded-pair'
  | 'no-capacity'
  | 'no-shared-language';

export type FitResult =
  | { eligible: true; score: number; reasons: FitReason[] }
  | { eligible: false; code: IneligibleCode; text: string };

export interface FitContext {
  weights: FitWeights;
  /** Goals already taken on per supporter id; subtracted from their capacity. */
  load: ReadonlyMap<string, number>;
  /** Pairs either side asked never to be suggested again; keys from `pairKey`. */
  excludedPairs: ReadonlySet<string>;
}
