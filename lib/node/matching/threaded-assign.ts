/**
 * Whole-cohort matching (assignCohort) with the score table, the largest stage before the
 * solve, filled by several threads. Rows are independent and pure, so each helper prepares the
 * same file from the same readings and scores the groups of rows it takes into memory every
 * thread shares; what follows (the solve, pricing, the certificate, reasons) runs on the
 * calling thread from the same prepared file and the same table a one-thread run would have,
 * so the answer is the same to the byte.
 *
 * Reading the goals' words (triage, intent, topics) stays on the calling thread: shared out the
 * same way, it took as long on this project's two-core machines as on one thread (each thread
 * ran at half speed beside the other), while scoring runs about 1.4 times as fast on two.
 * With one thread asked for, no helper starts and this is assignCohort exactly.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import {
  assignCohort,
  CACHED_SCORES,
  type CohortOptions,
  type CohortResult,
} from '@/lib/core/matching/cohort/assign';
import { cohortNeeds, rowGroups, scoreRowGroups } from '@/lib/core/matching/cohort/score-rows';
import { buildSupporterTable } from '@/lib/core/matching/cohort/supporter-table';
import { prepareFile, type FitContext } from '@/lib/core/matching/fit';
import { goalReadings } from '@/lib/core/matching/fit/prepare-goal';
import type { PeopleFile } from '@/lib/core/matching/people-file';
import { askToScore, startHelperThread } from './helper-thread';
import { sharedCounter, taker } from './shared-counter';

/** Threads a run uses by default: every core the process may use. */
export const defaultThreads = () => availableParallelism();

/**
 * Below this many cells in the score table a helper costs more than it saves: handing it the
 * file and readings, and its own preparing, grow with the cohort as the saving does. Measured
 * through the bundle: 10,000 people (28 million cells) took 5.4 s on one thread and 5.8-6.3 s
 * with a helper; 20,000 (113 million) 14.0 s and 13.3 s.
 */
const HELPED_CELLS = 60_000_000;

export interface ThreadedOptions extends CohortOptions {
  /** Threads to use, this one included (default: every core); 1 starts no helper. */
  threads?: number;
  /** Smallest score table (needs x supporters with room) worth a helper. */
  helpedCells?: number;
  /** Told when the file is prepared (every goal read), before the score table is filled. */
  onPrepared?: () => void;
}

const stop = (threads: Worker[]) => Promise.all(threads.map((thread) => thread.terminate()));

export async function assignCohortInThreads(
  file: PeopleFile,
  referenceDate: Date,
  context: FitContext,
  options: ThreadedOptions = {},
): Promise<CohortResult> {
  const {
    threads = defaultThreads(),
    helpedCells = HELPED_CELLS,
    onPrepared,
    ...cohortOptions
  } = options;
  const prepared = prepareFile(file, referenceDate);
  onPrepared?.();
  const supporters = buildSupporterTable(prepared, context);
  const cells = cohortNeeds(prepared).length * supporters.people.length;
  // A table too large to keep is scored row by row as the rounds need it, on this thread.
  const tooLarge = cells > (cohortOptions.cachedScores ?? CACHED_SCORES);
  if (threads <= 1 || cells < helpedCells || tooLarge)
    return assignCohort(prepared, context, cohortOptions);
  // Started only now: loading one beside the goals' reading slowed the reading by as much.
  const helpers = Array.from({ length: threads - 1 }, () => startHelperThread());
  try {
    // The score table in memory every thread writes, groups of rows taken as they come.
    const table = new SharedArrayBuffer(2 * cells);
    const counter = sharedCounter();
    const request = {
      fileJson: JSON.stringify(file),
      readings: goalReadings(file),
      referenceDate,
      context,
      counter,
      table,
    };
    const helping = helpers.map((thread) => askToScore(thread, request));
    const scores = new Int16Array(table);
    scoreRowGroups(prepared, context, rowGroups(prepared), taker(counter), scores, supporters);
    await Promise.all(helping);
    // Their copies of the prepared file are hundreds of megabytes the solve can use.
    await stop(helpers);
    return assignCohort(prepared, context, { ...cohortOptions, scores });
  } finally {
    await stop(helpers);
  }
}
