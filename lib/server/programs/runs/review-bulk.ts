import 'server-only';
/**
 * Deciding many proposals of a finished run at once: every one still to review above (or
 * below) a fit, or the rows an admin ticked. Each is one audit entry; published proposals
 * never change, and the query names the caller's right to the program.
 */
import type { AuditAction } from '@/lib/core/programs/audit-actions';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '../../auth/session';
import { db } from '../../db';
import { notFound } from '../../errors';
import { recordAudit } from '../audit';
import { lockOpenProgramById } from '../open-program';
import { runBy } from '../run-by';

type Decision = 'APPROVED' | 'REJECTED';

/** The finished run of a program the caller runs; "not found" for anything else. */
async function finishedRun(tx: Prisma.TransactionClient, actor: Actor, runId: string) {
  const run = await tx.matchingRun.findFirst({
    where: { id: runId, program: runBy(actor), status: 'DONE' },
    select: { id: true, programId: true },
  });
  if (!run) throw notFound('run');
  await lockOpenProgramById(tx, run.programId);
  return run;
}

/** One decision for every proposal still to review in a band of fit. */
async function decideByFit(
  actor: Actor,
  runId: string,
  decision: { status: Decision; score: Prisma.IntFilter; action: AuditAction; audit: object },
): Promise<number> {
  return db.$transaction(async (tx) => {
    const run = await finishedRun(tx, actor, runId);
    const { count } = await tx.proposal.updateMany({
      where: { runId: run.id, status: 'PROPOSED', score: decision.score },
      data: { status: decision.status },
    });
    await recordAudit(tx, {
      programId: run.programId,
      actor,
      action: decision.action,
      after: { runId: run.id, ...decision.audit, [decision.status.toLowerCase()]: count },
    });
    return count;
  });
}

export function approveAbove({
  actor,
  input,
}: {
  actor: Actor;
  input: { runId: string; minimumFit: number };
}): Promise<number> {
  return decideByFit(actor, input.runId, {
    status: 'APPROVED',
    score: { gte: input.minimumFit },
    action: 'proposals-approved-above',
    audit: { minimumFit: input.minimumFit },
  });
}

/** Rejects, in one go, every proposal still to review whose fit is below the one given. */
export function rejectBelow({
  actor,
  input,
}: {
  actor: Actor;
  input: { runId: string; fitBelow: number };
}): Promise<number> {
  return decideByFit(actor, input.runId, {
    status: 'REJECTED',
    score: { lt: input.fitBelow },
    action: 'proposals-rejected-below',
    audit: { fitBelow: input.fitBelow },
  });
}

/**
 * Approves or rejects the ticked proposals of one run together, as one audit entry naming
 * them. Published ones and any of another run or program are left out, not changed.
 */
export async function decideTicked({
  actor,
  input,
}: {
  actor: Actor;
  input: { runId: string; proposalIds: string[]; decision: Decision };
}): Promise<number> {
  return db.$transaction(async (tx) => {
    const run = await finishedRun(tx, actor, input.runId);
    // The log records the proposals that changed, not whatever ids were sent.
    const changed = await tx.proposal.findMany({
      where: { id: { in: input.proposalIds }, runId: run.id, status: { not: 'PUBLISHED' } },
      select: { id: true },
    });
    const ids = changed.map((proposal) => proposal.id);
    // Still not published at the write itself: a publish may have come between.
    await tx.proposal.updateMany({
      where: { id: { in: ids }, status: { not: 'PUBLISHED' } },
      data: { status: input.decision },
    });
    await recordAudit(tx, {
      programId: run.programId,
      actor,
      action:
        input.decision === 'APPROVED' ? 'proposals-approved-ticked' : 'proposals-rejected-ticked',
      after: { runId: run.id, proposalIds: ids, changed: ids.length },
    });
    return ids.length;
  });
}
