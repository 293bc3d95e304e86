/**
 * What a cohort helper thread is asked and answers (cohort-helper-thread.ts is the helper,
 * threaded-assign.ts the asker). Everything crosses the thread boundary by structured clone,
 * so it is plain data, except the shared memory: the counter that hands out groups of rows
 * (shared-counter.ts) and the score table, written in place.
 */
import type { FitContext } from '@/lib/core/matching/fit';
import type { GoalReading } from '@/lib/core/matching/fit/prepare-goal';

export interface ScoreRequest {
  /** The validated people-and-goals file, as JSON. */
  fileJson: string;
  /** Every goal's reading, so that preparing the file reads nothing again. */
  readings: [key: string, reading: GoalReading][];
  referenceDate: Date;
  context: FitContext;
  /** Hands out rowGroups(prepared) by number. */
  counter: SharedArrayBuffer;
  /** The needs x supporters table of Int16 scores, shared by every thread. */
  table: SharedArrayBuffer;
}

export type ScoreAnswer = { scored: number } | { failed: string };
