/**
 * Where a run stands, for its progress bar: the engine's stages mapped onto a stage name and
 * a percentage that moves with the work: loading takes the first tenth and writing the last;
 * in between, goals scored and solver rounds. The engine's share is split evenly between groups
 * (organisations, when pairs stay in-house).
 */
import type { EngineStage } from './engine';

export type RunStage =
  'queued' | 'loading' | 'scoring' | 'solving' | 'certifying' | 'writing' | 'finished';

export const RUN_STAGE_WORDS: Record<RunStage, string> = {
  queued: 'Waiting for a worker',
  loading: 'Loading the cohort',
  scoring: 'Scoring every pair',
  solving: 'Finding the best assignment',
  certifying: 'Checking it against every pair',
  writing: 'Writing the proposals',
  finished: 'Finished',
};

export function progressOf(stage: EngineStage): { stage: RunStage; progress: number } {
  let done: number;
  let next: RunStage;
  switch (stage.stage) {
    case 'scoring':
      [done, next] = [(0.3 * stage.scored) / stage.needs, 'scoring'];
      break;
    case 'scored':
      [done, next] = [0.3, 'solving'];
      break;
    case 'solved':
      // Rounds until certified are few but unknown: each closes part of the remaining gap.
      [done, next] = [0.3 + 0.6 * (1 - 0.75 ** stage.round), 'certifying'];
      break;
    case 'priced':
      [done, next] = [
        0.3 + 0.6 * (1 - 0.75 ** stage.round),
        stage.underpriced ? 'solving' : 'writing',
      ];
      break;
    case 'explained':
      [done, next] = [1, 'writing'];
      break;
  }
  const last = stage.group === stage.groups;
  return {
    stage: last || next !== 'writing' ? next : 'scoring',
    progress: Math.round(10 + (80 * (stage.group - 1 + done)) / stage.groups),
  };
}
