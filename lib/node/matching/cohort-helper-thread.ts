/**
 * A cohort helper thread's entry (helper-thread.ts starts it, threaded-assign.ts asks it):
 * prepares the file from the readings it is handed, then scores groups of the score table's
 * rows into shared memory until none is left. Same file, same readings, same pure code: its
 * prepared file, and so its scores, are exactly the calling thread's. Pure core code only,
 * like engine-thread.ts.
 */
import { parentPort } from 'node:worker_threads';
import { rowGroups, scoreRowGroups } from '@/lib/core/matching/cohort/score-rows';
import { prepareFile } from '@/lib/core/matching/fit';
import { rememberGoalReadings } from '@/lib/core/matching/fit/prepare-goal';
import type { PeopleFile } from '@/lib/core/matching/people-file';
import type { ScoreAnswer, ScoreRequest } from './helper-protocol';
import { taker } from './shared-counter';

const port = parentPort;
if (!port) throw new Error('cohort-helper-thread.ts runs only as a worker thread');

function score(request: ScoreRequest): ScoreAnswer {
  rememberGoalReadings(request.readings);
  const prepared = prepareFile(JSON.parse(request.fileJson) as PeopleFile, request.referenceDate);
  const scored = scoreRowGroups(
    prepared,
    request.context,
    rowGroups(prepared),
    taker(request.counter),
    new Int16Array(request.table),
  );
  return { scored };
}

port.on('message', (request: ScoreRequest) => {
  try {
    port.postMessage(score(request));
  } catch (error) {
    port.postMessage({ failed: String((error as Error)?.stack ?? error) });
  }
});
