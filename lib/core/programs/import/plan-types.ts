/**
 * The shape of an import plan: what an import would create and update. The server works a
 * plan out from the file and the database (plan.ts); the summary and the preview read it.
 */
import type { ProfileFacts } from './profile-facts';
import type { GoalRecord, ImportProblem, PersonRecord } from './types';

export interface PlannedPerson extends PersonRecord {
  /** The account that gets updated; null when one is to be made. */
  userId: string | null;
}

export interface ExistingGoal {
  id: string;
  chosenKind: 'MENTOR' | 'COACH' | 'BOTH' | null;
  chosenAt: Date | null;
}

export interface PlannedGoal extends GoalRecord {
  owner: PlannedPerson;
  /** The goal that gets updated; null when one is to be made. */
  existing: ExistingGoal | null;
}

export interface ImportPlan {
  people: PlannedPerson[];
  goals: PlannedGoal[];
  /** Every organisation and function the file names, with its id, or null when it is new. */
  organisations: Map<string, string | null>;
  functions: Map<string, string | null>;
  /** The profiles of matched people as they are, for the facts a file does not carry. */
  profiles: Map<string, ProfileFacts>;
  problems: ImportProblem[];
}
