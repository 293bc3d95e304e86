import 'server-only';
/**
 * One need of a finished run (a goal and a kind of help) as its admin reviews it side by side:
 * the protégé and the person proposed, each with what a pairing rests on (title, level, where
 * they work, languages, time zone, the career steps they have lived), the fit's reasons in the
 * admin's voice, and the proposal's state. A need the run left out has no proposed person yet.
 * Read through the run's program (`runBy`), so another program's need is not found.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import {
  storedAlternativesSchema,
  storedReasonsSchema,
  storedUnmetSchema,
} from '@/lib/core/programs/runs/stored-json';
import type { Actor } from '../../auth/session';
import { db } from '../../db';
import { runBy } from '../run-by';
import { fromJson } from './json-column';

const personFacts = {
  id: true,
  name: true,
  profile: {
    select: {
      jobTitle: true,
      level: true,
      languages: true,
      timezone: true,
      offers: true,
      capacity: true,
      coachingAreas: true,
      organisation: { select: { name: true } },
      function: { select: { name: true } },
    },
  },
  experiences: {
    orderBy: [{ startYear: 'desc' }, { id: 'asc' }],
    select: {
      id: true,
      title: true,
      level: true,
      organisation: true,
      kind: true,
      startYear: true,
      endYear: true,
      function: { select: { name: true } },
    },
  },
} satisfies Prisma.UserSelect;

export type PersonFacts = Prisma.UserGetPayload<{ select: typeof personFacts }>;

export async function findNeedForReview({
  actor,
  runId,
  goalId,
  kind,
}: {
  actor: Actor;
  runId: string;
  goalId: string;
  kind: 'MENTOR' | 'COACH';
}) {
  const run = await db.matchingRun.findFirst({
    where: { id: runId, status: 'DONE', program: runBy(actor) },
    select: { id: true, programId: true, unmet: true },
  });
  if (!run) return null;
  const [goal, proposal] = await Promise.all([
    db.goal.findFirst({
      where: { id: goalId, user: { programMemberships: { some: { programId: run.programId } } } },
      select: { id: true, statement: true, user: { select: personFacts } },
    }),
    db.proposal.findUnique({
      where: { runId_goalId_kind: { runId, goalId, kind } },
      select: {
        id: true,
        score: true,
        reasons: true,
        alternatives: true,
        status: true,
        swappedFromId: true,
        supporter: { select: personFacts },
      },
    }),
  ]);
  if (!goal) return null;
  const leftOut = fromJson(storedUnmetSchema, run.unmet ?? [], 'MatchingRun.unmet').find(
    (entry) => entry.goalId === goalId && entry.kind === kind,
  );
  if (!proposal && !leftOut) return null;
  return {
    run: { id: run.id, programId: run.programId },
    goal: { id: goal.id, statement: goal.statement },
    kind,
    protege: goal.user,
    leftOutBecause: leftOut?.because ?? null,
    proposal: proposal && {
      ...proposal,
      reasons: fromJson(storedReasonsSchema, proposal.reasons, 'Proposal.reasons'),
      alternatives: fromJson(
        storedAlternativesSchema,
        proposal.alternatives,
        'Proposal.alternatives',
      ),
    },
  };
}

export type NeedForReview = NonNullable<Awaited<ReturnType<typeof findNeedForReview>>>;
