/**
 * Public shapes of the mentor/coach triage: what goes in (a goal in the protégé's words plus
 * optional structured answers) and what comes out (a recommendation with reasons).
 */
import type { GoalClarity, GoalNeed } from '@/lib/core/goals/needs';

export type TriageKind = 'mentor' | 'coach' | 'both';

export interface TriageInput {
  goal: string;
  clarity?: GoalClarity;
  needs?: readonly GoalNeed[];
}

/** One plain-English reason, with a stable code the UI and analytics can key on. */
export interface TriageReason {
  code: string;
  text: string;
}

export interface TriageResult {
  kind: TriageKind;
  /** 0..1; lower when the signals are weak, hedged or pull both ways. */
  confidence: number;
  reasons: TriageReason[];
}
