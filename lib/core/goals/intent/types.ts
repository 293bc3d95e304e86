/**
 * A goal's intent: the structured reading of what a goal is after, which mentor matching
 * compares with people's lived careers. It is read from the goal's words and fields, shown to
 * the person in plain words, and replaced by their own correction when they make one.
 */
import type { GoalNeed } from '@/lib/core/goals/needs';

/** The kinds of move a goal can be after; a goal may name several, or none. */
export const INTENT_MOVES = [
  'step-up',
  'function-change',
  'country-move',
  'founding',
  'return-after-break',
  'senior-unwritten-rules',
  'unusual-path',
] as const;
export type IntentMove = (typeof INTENT_MOVES)[number];

/** A role on the shared ladder; any part is null when the words do not say it. */
export interface RoleReading {
  /** A normalised title: "Head of Engineering" and "Engineering Director" read alike. */
  title: string | null;
  /** 1-8 on the ladder of lib/core/profile/levels.ts. */
  level: number | null;
  /** A canonical function name (see lib/core/roles), never free text. */
  function: string | null;
}

export interface GoalIntent {
  targetRole: RoleReading;
  moves: IntentMove[];
  /** Coach need ids of GOAL_NEEDS the goal names (never the three path needs). */
  coachingAreas: GoalNeed[];
}

/** What the reader is given: the goal and where its owner stands now. */
export interface IntentInput {
  goal: string;
  currentTitle: string;
  currentLevel: number;
  currentFunction: string;
  /** Typed in a separate field; it outranks what the words say. */
  targetTitle?: string | null;
  targetLevel?: number | null;
  /** Ticked needs from the goal form. */
  needs?: readonly GoalNeed[];
}
