import 'server-only';
/**
 * "Never pair these two", for one program: an admin's rule that no run proposes the pair and
 * no swap, manual pairing or publish makes it. A pair is stored once, whichever way round it
 * was asked for, so the rule holds whoever is the protégé.
 */
import type { Actor } from '../../auth/session';
import type { Tx } from '../../connections/transaction';
import { db } from '../../db';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../audit';
import { lockOpenProgram, lockOpenProgramById } from '../open-program';
import { runBy } from '../run-by';

export const orderedPair = (a: string, b: string) =>
  a < b ? { firstId: a, secondId: b } : { firstId: b, secondId: a };

export async function isNeverPaired(
  tx: Tx,
  { programId, a, b }: { programId: string; a: string; b: string },
): Promise<boolean> {
  const rule = await tx.programNeverPair.findUnique({
    where: { programId_firstId_secondId: { programId, ...orderedPair(a, b) } },
    select: { programId: true },
  });
  return rule !== null;
}

export async function assertNotNeverPaired(
  tx: Tx,
  pair: { programId: string; a: string; b: string },
): Promise<void> {
  if (await isNeverPaired(tx, pair))
    throw new AppError('CONFLICT', 'The program has ruled out pairing these two.');
}

/**
 * Rules the pair of a proposal out for its program, and rejects the proposal, since it can no
 * longer be sent; an admin can then pair the goal with someone else.
 */
export async function neverPairProposal({
  actor,
  input,
}: {
  actor: Actor;
  input: { proposalId: string };
}) {
  await db.$transaction(async (tx) => {
    const proposal = await tx.proposal.findFirst({
      where: { id: input.proposalId, run: { program: runBy(actor) } },
      select: {
        id: true,
        status: true,
        protegeId: true,
        supporterId: true,
        run: { select: { programId: true } },
      },
    });
    if (!proposal) throw notFound('proposal');
    await lockOpenProgramById(tx, proposal.run.programId);
    if (proposal.status === 'PUBLISHED')
      throw new AppError(
        'CONFLICT',
        'This proposal is published already; its invitation stands. The rule can still be set from the next run.',
      );
    const programId = proposal.run.programId;
    await tx.programNeverPair.upsert({
      where: {
        programId_firstId_secondId: {
          programId,
          ...orderedPair(proposal.protegeId, proposal.supporterId),
        },
      },
      create: {
        programId,
        ...orderedPair(proposal.protegeId, proposal.supporterId),
        createdById: actor.id,
      },
      update: {},
    });
    await tx.proposal.update({ where: { id: proposal.id }, data: { status: 'REJECTED' } });
    await recordAudit(tx, {
      programId,
      actor,
      action: 'pair-ruled-out',
      before: { proposalId: proposal.id, status: proposal.status },
      after: {
        proposalId: proposal.id,
        status: 'REJECTED',
        userId: [proposal.protegeId, proposal.supporterId],
      },
    });
  });
}

/** The program's ruled-out pairs, for its admins: names, and who set the rule when. */
export async function listNeverPairs({ actor, programId }: { actor: Actor; programId: string }) {
  const rules = await db.programNeverPair.findMany({
    where: { programId, program: runBy(actor) },
    orderBy: { createdAt: 'desc' },
    select: {
      firstId: true,
      secondId: true,
      createdAt: true,
      first: { select: { name: true } },
      second: { select: { name: true } },
    },
  });
  return rules.map((rule) => ({
    firstId: rule.firstId,
    secondId: rule.secondId,
    names: [rule.first.name, rule.second.name] as const,
    createdAt: rule.createdAt,
  }));
}

/** Lifts a rule: the two may be proposed again from the next run. */
export async function allowPairAgain({
  actor,
  input,
}: {
  actor: Actor;
  input: { programId: string; firstId: string; secondId: string };
}) {
  await db.$transaction(async (tx) => {
    await lockOpenProgram(tx, actor, input.programId);
    const pair = orderedPair(input.firstId, input.secondId);
    const removed = await tx.programNeverPair.deleteMany({
      where: { programId: input.programId, program: runBy(actor), ...pair },
    });
    if (removed.count === 0) throw notFound('rule');
    await recordAudit(tx, {
      programId: input.programId,
      actor,
      action: 'pair-allowed-again',
      before: { userId: [pair.firstId, pair.secondId] },
    });
  });
}
