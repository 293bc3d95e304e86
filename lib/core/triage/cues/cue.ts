/**
 * What a cue is: a family of phrases in a goal that point at one need from the goals
 * vocabulary, how much it weighs, and the reason shown when it is found.
 */
import type { GoalNeed } from '@/lib/core/goals/needs';
import type { Side } from '../signals';

/**
 * When a phrase only counts in context:
 * - 'aimed': a role counts only when the person is aiming at it ("become a VP"), not when
 *   it is someone else ("my VP told me").
 * - 'gap': a skill counts as something to build, unless the person is moving into it as a
 *   field ("moving into project management").
 */
export type CueContext = 'aimed' | 'gap';

export interface Cue {
  /** Stable reason code, e.g. "text-senior-role". */
  code: string;
  need: GoalNeed;
  weight: number;
  context?: CueContext;
  patterns: readonly string[];
  /**
   * The side of the scale, when the need alone would put it elsewhere: confidence is filed
   * under motivation, yet it is a gap to close, not doubt about where to go.
   */
  side?: Side;
  /** An explicit ask for someone who has walked the path (not only a destination named). */
  ask?: boolean;
  /** Words that void a match when they sit inside it ("giving" in "get better at giving feedback"). */
  unless?: string;
  /** Words that void a match when they come right after it ("how" in "not sure how to..."). */
  notBefore?: string;
  /** The reason, given the words of the goal that matched. */
  reason: (found: string) => string;
}
