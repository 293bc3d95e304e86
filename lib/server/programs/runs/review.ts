import 'server-only';
/**
 * Reviewing a run's proposals before anyone is asked: approve, reject, swap in a runner-up,
 * approve everything above a fit, then publish the approved ones as invitations. Every query
 * names the caller's right to the program; every change goes to the audit log.
 */
import type { AuditAction } from '@/lib/core/programs/audit-actions';
import {
  storedAlternativesSchema,
  storedReasonsSchema,
  type StoredAlternative,
} from '@/lib/core/programs/runs/stored-json';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '../../auth/session';
import { sendInvitation } from '../../connections/invitations';
import { inTransaction } from '../../connections/transaction';
import { db } from '../../db';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../audit';
import { assertStillMembers } from '../membership';
import { archivedRefusal, assertInsideWindow, lockOpenProgramById } from '../open-program';
import { runBy } from '../run-by';
import { fromJson, toJson } from './json-column';

const ofProgramsRunBy = (actor: Actor): Prisma.ProposalWhereInput => ({
  run: { program: runBy(actor) },
});

/** What the review shows of a proposal (review-page.ts reads the same, a page at a time). */
export const PROPOSAL_FIELDS = {
  id: true,
  kind: true,
  score: true,
  reasons: true,
  alternatives: true,
  status: true,
  swappedFromId: true,
  goal: { select: { id: true, statement: true } },
  protege: { select: { name: true } },
  supporter: { select: { name: true } },
} satisfies Prisma.ProposalSelect;

export async function listProposals({ actor, runId }: { actor: Actor; runId: string }) {
  const proposals = await db.proposal.findMany({
    where: { runId, ...ofProgramsRunBy(actor) },
    orderBy: [{ score: 'desc' }, { id: 'asc' }],
    select: {
      ...PROPOSAL_FIELDS,
      protege: { select: { id: true, name: true } },
      supporter: { select: { id: true, name: true } },
      request: { select: { id: true, status: true } },
    },
  });
  return proposals.map((proposal) => ({
    ...proposal,
    reasons: fromJson(storedReasonsSchema, proposal.reasons, 'Proposal.reasons'),
    alternatives: fromJson(
      storedAlternativesSchema,
      proposal.alternatives,
      'Proposal.alternatives',
    ),
  }));
}
export type ReviewRow = Awaited<ReturnType<typeof listProposals>>[number];

/** A proposal still under review (not published), locked, with its program. */
async function proposalUnderReview(tx: Prisma.TransactionClient, actor: Actor, id: string) {
  const proposal = await tx.proposal.findFirst({
    where: { id, ...ofProgramsRunBy(actor) },
    select: { id: true },
  });
  if (!proposal) throw notFound('proposal');
  await tx.$queryRaw`SELECT 1 FROM "Proposal" WHERE "id" = ${id} FOR UPDATE`;
  const locked = await tx.proposal.findUniqueOrThrow({
    where: { id },
    include: { run: { select: { programId: true } } },
  });
  if (locked.status === 'PUBLISHED')
    throw new AppError('CONFLICT', 'This proposal is published already; it can no longer change.');
  await lockOpenProgramById(tx, locked.run.programId);
  return locked;
}

/** The audit log's name for each decision; a name it does not list is a type error. */
const DECISION_ACTIONS = {
  APPROVED: 'proposal-approved',
  REJECTED: 'proposal-rejected',
  PROPOSED: 'proposal-proposed',
} as const satisfies Record<'APPROVED' | 'REJECTED' | 'PROPOSED', AuditAction>;

export async function decideProposal({
  actor,
  input,
}: {
  actor: Actor;
  input: { proposalId: string; decision: 'APPROVED' | 'REJECTED' | 'PROPOSED' };
}) {
  await db.$transaction(async (tx) => {
    const proposal = await proposalUnderReview(tx, actor, input.proposalId);
    await tx.proposal.update({ where: { id: proposal.id }, data: { status: input.decision } });
    await recordAudit(tx, {
      programId: proposal.run.programId,
      actor,
      action: DECISION_ACTIONS[input.decision],
      before: { proposalId: proposal.id, status: proposal.status },
      after: { proposalId: proposal.id, status: input.decision },
    });
  });
}

/**
 * Puts a runner-up in the proposal's place; the person it replaces becomes a runner-up, so a
 * swap can be undone the same way. Choosing someone is approving them.
 */
export async function swapProposal({
  actor,
  input,
}: {
  actor: Actor;
  input: { proposalId: string; personId: string };
}) {
  await db.$transaction(async (tx) => {
    const proposal = await proposalUnderReview(tx, actor, input.proposalId);
    const alternatives = fromJson(
      storedAlternativesSchema,
      proposal.alternatives,
      'Proposal.alternatives',
    );
    const chosen = alternatives.find((option) => option.personId === input.personId);
    if (!chosen)
      throw new AppError('INVALID', 'That person is not one of this proposal’s alternatives.');
    // Publishing counts every place, so someone without one could never be invited anyway.
    if (!chosen.hasRoom)
      throw new AppError(
        'CONFLICT',
        `${chosen.name} has no free place left in this run: every place they offered is taken by its other proposals. Swap someone else in, or free one of their places first.`,
      );
    const current = await tx.user.findUniqueOrThrow({
      where: { id: proposal.supporterId },
      select: { name: true },
    });
    const replaced: StoredAlternative = {
      personId: proposal.supporterId,
      name: current.name,
      score: proposal.score,
      reasons: fromJson(storedReasonsSchema, proposal.reasons, 'Proposal.reasons'),
      hasRoom: true,
    };
    const after = {
      supporterId: chosen.personId,
      score: chosen.score,
      reasons: chosen.reasons,
      alternatives: [replaced, ...alternatives.filter((option) => option !== chosen)],
      // A swap changes who is proposed; approving them stays the admin's own step.
      swappedFromId: proposal.swappedFromId ?? proposal.supporterId,
    };
    await tx.proposal.update({
      where: { id: proposal.id },
      data: {
        ...after,
        reasons: toJson(storedReasonsSchema, after.reasons),
        alternatives: toJson(storedAlternativesSchema, after.alternatives),
      },
    });
    await recordAudit(tx, {
      programId: proposal.run.programId,
      actor,
      action: 'proposal-swapped',
      before: {
        proposalId: proposal.id,
        supporter: current.name,
        score: proposal.score,
        reasons: replaced.reasons.map((reason) => reason.code),
      },
      after: {
        proposalId: proposal.id,
        supporter: chosen.name,
        score: chosen.score,
        reasons: chosen.reasons.map((reason) => reason.code),
      },
    });
  });
}

/** Whether a newer run of the same program has finished; the older one is then only a record. */
export async function isReplacedByNewerRun(run: {
  programId: string;
  createdAt: Date;
}): Promise<boolean> {
  const newer = await db.matchingRun.findFirst({
    where: { programId: run.programId, status: 'DONE', createdAt: { gt: run.createdAt } },
    select: { id: true },
  });
  return newer !== null;
}

/**
 * Sends every approved proposal of the run as an invitation both people must accept. Each is
 * checked against the rules at this moment (someone may have blocked the other, or found help
 * meanwhile since the run): those refused stay approved and are reported with the reason.
 */
export async function publishRun({
  actor,
  input,
}: {
  actor: Actor;
  input: { runId: string };
}): Promise<{
  programId: string;
  published: number;
  refused: { proposalId: string; reason: string }[];
}> {
  const run = await db.matchingRun.findFirst({
    where: { id: input.runId, program: runBy(actor), status: 'DONE' },
    select: {
      id: true,
      createdAt: true,
      program: {
        select: {
          id: true,
          name: true,
          expireAfterDays: true,
          archivedAt: true,
          startsOn: true,
          endsOn: true,
        },
      },
      proposals: {
        where: { status: 'APPROVED' },
        select: {
          id: true,
          goalId: true,
          kind: true,
          protegeId: true,
          supporterId: true,
          protege: { select: { name: true } },
          supporter: { select: { name: true } },
        },
      },
    },
  });
  if (!run) throw notFound('run');
  // Said once for the whole run; each invitation checks again under the program's lock.
  if (run.program.archivedAt) throw archivedRefusal();
  assertInsideWindow(run.program);
  // A newer finished run saw the pool as it is now; this one's proposals may no longer fit it.
  if (await isReplacedByNewerRun({ programId: run.program.id, createdAt: run.createdAt }))
    throw new AppError(
      'CONFLICT',
      'A newer run has replaced this one, so its proposals can no longer be published. Publish from the latest run.',
    );
  let published = 0;
  const refused: { proposalId: string; reason: string }[] = [];
  for (const proposal of run.proposals) {
    try {
      await inTransaction(async (tx) => {
        // Claimed first, so two admins publishing at once send each invitation once.
        const claimed = await tx.proposal.updateMany({
          where: { id: proposal.id, status: 'APPROVED' },
          data: { status: 'PUBLISHED' },
        });
        if (claimed.count === 0) return;
        // Archiving or a new window waits for this invitation; one already through stops it.
        assertInsideWindow(await lockOpenProgramById(tx, run.program.id));
        // Someone removed from the program, or who left it, is no longer asked.
        await assertStillMembers(tx, run.program.id, [
          { id: proposal.protegeId, name: proposal.protege.name },
          { id: proposal.supporterId, name: proposal.supporter.name },
        ]);
        await sendInvitation(tx, {
          proposalId: proposal.id,
          goalId: proposal.goalId,
          kind: proposal.kind === 'MENTOR' ? 'MENTOR' : 'COACH',
          protegeId: proposal.protegeId,
          supporterId: proposal.supporterId,
          program: run.program,
        });
        published++;
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refused.push({ proposalId: proposal.id, reason: error.message });
    }
  }
  await db.$transaction((tx) =>
    recordAudit(tx, {
      programId: run.program.id,
      actor,
      action: 'run-published',
      after: { runId: run.id, published, refused },
    }),
  );
  return { programId: run.program.id, published, refused };
}
