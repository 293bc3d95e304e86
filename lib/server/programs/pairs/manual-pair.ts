import 'server-only';
/**
 * Pairing a goal with someone by hand: an admin picks any member of the program who offers the
 * kind of help, sees the pair's fit and reasons as a run would score them, and puts that person
 * in the proposal's place (or, for a goal the run left out, makes its proposal). Every rule a
 * run follows still applies: offering the kind, a shared language, no reporting line, blocks
 * and "don't suggest again", the program's own "never pair", its organisation policy, and room
 * once invitations waiting and the run's other proposals are counted. A pair a rule forbids is
 * refused in the same words whichever rule it was, so the admin learns nobody's choices.
 */
import { fitContext, fitScorer, prepareFile } from '@/lib/core/matching/fit';
import type { FitReason } from '@/lib/core/matching/fit/types';
import {
  storedAlternativesSchema,
  storedFitWeightsSchema,
  storedReasonsSchema,
} from '@/lib/core/programs/runs/stored-json';
import type { Actor } from '../../auth/session';
import { placesTaken } from '../../connections/live-pool';
import type { Tx } from '../../connections/transaction';
import { db } from '../../db';
import { AppError, notFound } from '../../errors';
import {
  goalForFile,
  loadProfiles,
  neverProposed,
  toFilePerson,
} from '../../suggestions/people-from-db';
import { recordAudit } from '../audit';
import { lockOpenProgramById } from '../open-program';
import { runBy } from '../run-by';
import { fromJson, toJson } from '../runs/json-column';
import { isNeverPaired } from './never-pair';

export interface ManualNeed {
  runId: string;
  goalId: string;
  kind: 'MENTOR' | 'COACH';
}

export type ManualFit =
  | { ok: true; name: string; score: number; reasons: FitReason[] }
  | { ok: false; name: string; reason: string };

const RULED_OUT =
  'The program’s rules do not allow this pair (for example a reporting line, or a request by one of them).';

/** The run (finished, of a program the caller runs), the goal of one of its members, the proposal if any. */
async function needInRun(client: Tx, actor: Actor, need: ManualNeed) {
  const run = await client.matchingRun.findFirst({
    where: { id: need.runId, status: 'DONE', program: runBy(actor) },
    select: {
      id: true,
      programId: true,
      program: { select: { weights: true, allowCrossOrganisation: true } },
    },
  });
  if (!run) throw notFound('run');
  const goal = await client.goal.findFirst({
    where: {
      id: need.goalId,
      user: { programMemberships: { some: { programId: run.programId } } },
    },
  });
  if (!goal) throw notFound('goal');
  const proposal = await client.proposal.findUnique({
    where: { runId_goalId_kind: { runId: run.id, goalId: goal.id, kind: need.kind } },
  });
  return { run, goal, proposal };
}

/** What a run would say of this pair now: its fit and reasons, or why it cannot be. */
async function scoreManualPair(
  client: Tx,
  actor: Actor,
  need: ManualNeed,
  personId: string,
): Promise<ManualFit & { context: Awaited<ReturnType<typeof needInRun>> }> {
  const context = await needInRun(client, actor, need);
  const { run, goal } = context;
  const [profiles, excluded, ruledOut, taken, heldInRun] = await Promise.all([
    loadProfiles({
      userId: { in: [goal.userId, personId] },
      user: { programMemberships: { some: { programId: run.programId } } },
    }),
    neverProposed(goal.userId, goal.id),
    isNeverPaired(client, { programId: run.programId, a: goal.userId, b: personId }),
    placesTaken(client, personId),
    // The run's other proposals for this person hold their places until published or rejected.
    client.proposal.count({
      where: {
        runId: run.id,
        supporterId: personId,
        status: { in: ['PROPOSED', 'APPROVED'] },
        NOT: { goalId: goal.id, kind: need.kind },
      },
    }),
  ]);
  const supporter = profiles.find((row) => row.userId === personId);
  const protege = profiles.find((row) => row.userId === goal.userId);
  if (!supporter || !protege || personId === goal.userId) throw notFound('person');
  const name = supporter.user.name;
  const refuse = (reason: string) => ({ ok: false as const, name, reason, context });
  if (excluded.includes(personId) || ruledOut) return refuse(RULED_OUT);
  if (
    !run.program.allowCrossOrganisation &&
    supporter.organisation.name !== protege.organisation.name
  )
    return refuse('The program pairs people within one organisation, and they work elsewhere.');
  const kind = need.kind === 'MENTOR' ? ('mentor' as const) : ('coach' as const);
  const file = {
    people: [toFilePerson(protege), toFilePerson(supporter)],
    goals: [{ ...goalForFile(goal), kind }],
  };
  const prepared = prepareFile(file, new Date());
  const preparedGoal = prepared.goals[0];
  if (!preparedGoal) throw notFound('goal');
  const fit = fitScorer(
    prepared,
    fitContext({
      weights: fromJson(storedFitWeightsSchema, run.program.weights, 'Program.weights'),
      load: new Map([[personId, taken + heldInRun]]),
      excludedPairs: new Set<string>(),
    }),
  ).fit(preparedGoal, personId, kind);
  if (!fit.eligible)
    return refuse(
      fit.code === 'no-capacity'
        ? `${name} has no free place once waiting invitations and this run’s other proposals are counted.`
        : `${fit.text.replace(/\byou\b/g, 'the protégé').replace(/\byour\b/g, 'their')}`,
    );
  return { ok: true, name, score: fit.score, reasons: fit.reasons, context };
}

/** The fit of a pair an admin is thinking of making, for them to look at before they do. */
export async function previewManualPair({
  actor,
  need,
  personId,
}: {
  actor: Actor;
  need: ManualNeed;
  personId: string;
}): Promise<ManualFit> {
  const scored = await db.$transaction((tx) => scoreManualPair(tx, actor, need, personId));
  return scored.ok
    ? { ok: true, name: scored.name, score: scored.score, reasons: scored.reasons }
    : { ok: false, name: scored.name, reason: scored.reason };
}

/**
 * Makes the pair: the person takes the proposal's place (the one they replace becomes a
 * runner-up, as with a swap), or a left-out goal gets its proposal. Scored again inside the
 * transaction, with the proposal locked, so what is saved is what the rules say at that moment.
 */
export async function pairManually({
  actor,
  input,
}: {
  actor: Actor;
  input: ManualNeed & { personId: string };
}): Promise<{ proposalId: string; programId: string }> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Proposal" WHERE "runId" = ${input.runId} AND "goalId" = ${input.goalId} FOR UPDATE`;
    const fit = await scoreManualPair(tx, actor, input, input.personId);
    if (!fit.ok) throw new AppError('CONFLICT', fit.reason);
    const { run, goal, proposal } = fit.context;
    await lockOpenProgramById(tx, run.programId);
    if (proposal?.status === 'PUBLISHED')
      throw new AppError(
        'CONFLICT',
        'This proposal is published already; it can no longer change.',
      );
    const reasons = toJson(storedReasonsSchema, fit.reasons);
    let proposalId: string;
    if (proposal) {
      if (proposal.supporterId === input.personId)
        throw new AppError('CONFLICT', `${fit.name} is already the one proposed.`);
      const current = await tx.user.findUniqueOrThrow({
        where: { id: proposal.supporterId },
        select: { name: true },
      });
      const alternatives = fromJson(
        storedAlternativesSchema,
        proposal.alternatives,
        'Proposal.alternatives',
      ).filter((option) => option.personId !== input.personId);
      const replaced = {
        personId: proposal.supporterId,
        name: current.name,
        score: proposal.score,
        reasons: fromJson(storedReasonsSchema, proposal.reasons, 'Proposal.reasons'),
        hasRoom: true,
      };
      await tx.proposal.update({
        where: { id: proposal.id },
        data: {
          supporterId: input.personId,
          score: fit.score,
          reasons,
          alternatives: toJson(storedAlternativesSchema, [replaced, ...alternatives]),
          swappedFromId: proposal.swappedFromId ?? proposal.supporterId,
          // Choosing someone by hand is the admin's decision: it is approved.
          status: 'APPROVED',
        },
      });
      proposalId = proposal.id;
    } else {
      const made = await tx.proposal.create({
        data: {
          runId: run.id,
          goalId: goal.id,
          kind: input.kind,
          protegeId: goal.userId,
          supporterId: input.personId,
          score: fit.score,
          reasons,
          alternatives: toJson(storedAlternativesSchema, []),
          status: 'APPROVED',
        },
        select: { id: true },
      });
      proposalId = made.id;
    }
    await recordAudit(tx, {
      programId: run.programId,
      actor,
      action: 'proposal-paired-manually',
      before: proposal
        ? { proposalId, userId: proposal.supporterId, score: proposal.score }
        : { goalId: goal.id, kind: input.kind, leftOut: true },
      after: {
        proposalId,
        userId: input.personId,
        score: fit.score,
        reasons: fit.reasons.map((reason) => reason.code),
      },
    });
    return { proposalId, programId: run.programId };
  });
}

/** Members of the run's program who offer the kind of help, by name, for the pairing picker. */
export async function findPairCandidates({
  actor,
  need,
  query,
}: {
  actor: Actor;
  need: ManualNeed;
  query: string;
}) {
  const { run, goal } = await db.$transaction((tx) => needInRun(tx, actor, need));
  const offers = need.kind === 'MENTOR' ? ['MENTORING', 'BOTH'] : ['COACHING', 'BOTH'];
  const people = await db.user.findMany({
    where: {
      id: { not: goal.userId },
      programMemberships: { some: { programId: run.programId } },
      profile: { offers: { in: offers as ('MENTORING' | 'COACHING' | 'BOTH')[] } },
      AND: query
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => ({ name: { contains: word, mode: 'insensitive' as const } })),
    },
    select: {
      id: true,
      name: true,
      profile: { select: { jobTitle: true, organisation: { select: { name: true } } } },
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 8,
  });
  return people.map((person) => ({
    id: person.id,
    name: person.name,
    detail: [person.profile?.jobTitle, person.profile?.organisation.name]
      .filter(Boolean)
      .join(', '),
  }));
}
