import 'server-only';
/**
 * A matching run, as a worker does it: claim the queued run (so a job delivered twice runs
 * once), load the cohort, run the engine in a thread while writing its progress and watching
 * for "cancel", then write every proposal and the figures in one transaction. A cancelled run
 * writes no proposals; a failed one says so on its page.
 */
import { log } from '@/lib/server/log/logger';
import { db } from '../../db';
import type { EngineResult } from '@/lib/core/programs/runs/engine';
import { ended } from './ended';
import { EngineStopped, startEngineThread } from './engine-in-thread';
import { loadProgramCohort } from './cohort-from-db';
import { runFigures } from '@/lib/core/programs/runs/figures';
import { progressOf, type RunStage } from '@/lib/core/programs/runs/progress';
import { writeProposals } from './write-proposals';

/** Runners-up kept per proposal for the review table. */
const ALTERNATIVES = 3;
const CANCEL_CHECK_MS = 500;

export async function performRun(
  runId: string,
  options: { referenceDate?: Date } = {},
): Promise<void> {
  const claimed = await db.matchingRun.updateMany({
    where: { id: runId, status: 'QUEUED' },
    data: { status: 'RUNNING', startedAt: new Date(), stage: 'loading', progress: 2 },
  });
  if (claimed.count === 0) return;
  const started = performance.now();
  // Progress writes are sent in order and never block the engine; an unchanged bar is not sent.
  let written = Promise.resolve();
  let shown = '';
  const report = (stage: RunStage, progress: number) => {
    if (`${stage} ${progress}` === shown) return;
    shown = `${stage} ${progress}`;
    written = written
      .then(() =>
        db.matchingRun.updateMany({
          where: { id: runId, status: 'RUNNING' },
          data: { stage, progress },
        }),
      )
      .then(() => undefined);
  };
  try {
    const { programId } = await db.matchingRun.findUniqueOrThrow({
      where: { id: runId },
      select: { programId: true },
    });
    const input = await loadProgramCohort(programId, {
      referenceDate: options.referenceDate ?? new Date(),
      alternatives: ALTERNATIVES,
    });
    report('scoring', 10);
    const result = await watchingForCancel(runId, (watch) => {
      const thread = startEngineThread(input, (stage) => {
        const at = progressOf(stage);
        report(at.stage, at.progress);
      });
      watch(thread.stop);
      return thread.result;
    });
    report('writing', 90);
    await written;
    const figures = runFigures(
      input.file,
      result,
      new Map(input.load),
      (performance.now() - started) / 1000,
    );
    await writeProposals(runId, input.file, result, figures);
  } catch (error) {
    await written.catch(() => undefined);
    if (error instanceof EngineStopped) {
      await db.matchingRun.update({
        where: { id: runId },
        data: ended('CANCELLED'),
      });
      return;
    }
    log.error({ err: error, runId }, 'Matching run failed');
    await db.matchingRun.update({
      where: { id: runId },
      data: {
        ...ended('FAILED'),
        error:
          'The run failed on our side. Start it again; if it fails again, tell the platform team.',
      },
    });
  }
}

/** Runs `work`, stopping it (through the function it registers) once someone asks to cancel. */
async function watchingForCancel(
  runId: string,
  work: (watch: (stop: () => Promise<void>) => void) => Promise<EngineResult>,
): Promise<EngineResult> {
  let stop: (() => Promise<void>) | undefined;
  const timer = setInterval(() => {
    void db.matchingRun
      .findUnique({ where: { id: runId }, select: { cancelRequestedAt: true } })
      .then((run) => (run?.cancelRequestedAt ? stop?.() : undefined))
      .catch(() => undefined);
  }, CANCEL_CHECK_MS);
  try {
    return await work((registered) => (stop = registered));
  } finally {
    clearInterval(timer);
  }
}
