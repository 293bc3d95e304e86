import 'server-only';
/**
 * Matching runs as admins see them: start one (a job for a worker), cancel it, read where it
 * stands. Every query carries the caller's right to the program, so another program's runs
 * are "not found". The database itself keeps two runs of one program from overlapping
 * (a unique `activeProgramId`, set while a run is under way).
 */
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '../../auth/session';
import { db } from '../../db';
import { AppError, notFound } from '../../errors';
import { enqueue } from '../../jobs/queue';
import { JOBS } from '../../jobs/names';
import { recordAudit } from '../audit';
import { assertInsideWindow, lockOpenProgramById } from '../open-program';
import { runBy } from '../run-by';
import { ended } from './ended';
import { runFiguresSchema } from '@/lib/core/programs/runs/figures';
import { storedUnmetSchema } from '@/lib/core/programs/runs/stored-json';
import { fromJson } from './json-column';

/** A running run whose stage has not moved for this long lost its worker. */
const STALLED_AFTER_MS = 10 * 60 * 1000;

export const runOf = (actor: Actor, runId: string): Prisma.MatchingRunWhereInput => ({
  id: runId,
  program: runBy(actor),
});

export async function startRun({
  actor,
  input,
}: {
  actor: Actor;
  input: { programId: string };
}): Promise<{ id: string }> {
  const program = await db.program.findFirst({
    where: { id: input.programId, ...runBy(actor) },
    select: { id: true },
  });
  if (!program) throw notFound('program');
  await db.$transaction(async (tx) =>
    assertInsideWindow(await lockOpenProgramById(tx, program.id)),
  );
  await db.matchingRun.updateMany({
    where: {
      programId: program.id,
      status: 'RUNNING',
      updatedAt: { lt: new Date(Date.now() - STALLED_AFTER_MS) },
    },
    data: {
      ...ended('FAILED'),
      error: 'The worker doing this run stopped. Start the run again.',
    },
  });
  let run: { id: string };
  try {
    run = await db.$transaction(async (tx) => {
      // Archiving and a new window wait for this run to be recorded, then see it under way.
      assertInsideWindow(await lockOpenProgramById(tx, program.id));
      const created = await tx.matchingRun.create({
        data: { programId: program.id, activeProgramId: program.id, startedById: actor.id },
        select: { id: true },
      });
      await recordAudit(tx, {
        programId: program.id,
        actor,
        action: 'run-started',
        after: { runId: created.id },
      });
      return created;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new AppError(
        'CONFLICT',
        'A run of this program is already under way. Wait for it to finish or cancel it.',
      );
    throw error;
  }
  try {
    await enqueue(JOBS.matchingRun, { runId: run.id });
  } catch (error) {
    // Without its job the run would wait forever and block the next one.
    await db.matchingRun.delete({ where: { id: run.id } });
    throw error;
  }
  return run;
}

/**
 * What a cancel did: stopped a run no worker had taken, asked a running one to stop (it then
 * writes nothing), or came too late because the run had finished. The row's lock orders a
 * cancel against the worker's final write, so exactly one of these is true, and the audit log
 * records which.
 */
export type CancelOutcome = 'stopped' | 'stopping' | 'too-late';

export async function cancelRun({
  actor,
  input,
}: {
  actor: Actor;
  input: { runId: string };
}): Promise<CancelOutcome> {
  return db.$transaction(async (tx) => {
    const run = await tx.matchingRun.findFirst({
      where: runOf(actor, input.runId),
      select: { id: true, programId: true, status: true },
    });
    if (!run) throw notFound('run');
    if (run.status === 'CANCELLED' || run.status === 'FAILED')
      throw new AppError('CONFLICT', 'This run is no longer under way.');
    const now = new Date();
    const stoppedQueued = await tx.matchingRun.updateMany({
      where: { id: run.id, status: 'QUEUED' },
      data: { ...ended('CANCELLED', now), cancelRequestedAt: now },
    });
    // Waits for a worker writing the proposals, then sees whether it finished.
    const stoppedRunning = await tx.matchingRun.updateMany({
      where: { id: run.id, status: 'RUNNING' },
      data: { cancelRequestedAt: now },
    });
    const outcome: CancelOutcome =
      stoppedQueued.count > 0 ? 'stopped' : stoppedRunning.count > 0 ? 'stopping' : 'too-late';
    await recordAudit(tx, {
      programId: run.programId,
      actor,
      action: outcome === 'too-late' ? 'run-cancel-too-late' : 'run-cancelled',
      after: { runId: run.id },
    });
    return outcome;
  });
}

const RUN_FIELDS = {
  id: true,
  programId: true,
  status: true,
  stage: true,
  progress: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  cancelRequestedAt: true,
  error: true,
  figures: true,
  unmet: true,
} as const;

/** A run's JSON columns parsed: null until the run is done. */
function withStoredShapes<Run extends { figures: Prisma.JsonValue; unmet: Prisma.JsonValue }>(
  run: Run,
) {
  return {
    ...run,
    figures: fromJson(runFiguresSchema.nullable(), run.figures, 'MatchingRun.figures'),
    unmet: fromJson(storedUnmetSchema.nullable(), run.unmet, 'MatchingRun.unmet'),
  };
}

export async function listRuns({ actor, programId }: { actor: Actor; programId: string }) {
  const runs = await db.matchingRun.findMany({
    where: { programId, program: runBy(actor) },
    orderBy: { createdAt: 'desc' },
    select: { ...RUN_FIELDS, _count: { select: { proposals: true } } },
  });
  return runs.map(withStoredShapes);
}

export async function findRun({ actor, runId }: { actor: Actor; runId: string }) {
  const run = await db.matchingRun.findFirst({ where: runOf(actor, runId), select: RUN_FIELDS });
  return run && withStoredShapes(run);
}
