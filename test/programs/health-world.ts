/**
 * Test data for the health dashboard: a small program whose every figure is known (the
 * expected values are worked out in program-health.db.test.ts). Dates are set relative to a
 * fixed clock so the 30-day rules and weekly ratings are exact. Test-only.
 */
import { randomUUID } from 'node:crypto';
import type { HelpKind } from '@/lib/generated/prisma/client';
import { DEFAULT_FIT_WEIGHTS } from '@/lib/core/matching/fit';
import { db } from '@/lib/server/db';
import { createActor } from '@/scripts/support/actors';
import { createTestGoal, createTestProfile } from '@/scripts/support/people';

export const NOW = new Date('2026-06-03T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

type Offer = 'NONE' | 'MENTORING' | 'COACHING' | 'BOTH';

export async function createTestProgram(adminId: string) {
  return db.program.create({
    data: {
      name: `Health ${randomUUID()}`,
      weights: { ...DEFAULT_FIT_WEIGHTS },
      admins: { create: { userId: adminId } },
    },
  });
}

/** A place to work: a fresh organisation and function, so cross-pairs are the test's own. */
export async function createPlace() {
  const tag = randomUUID().slice(0, 8);
  const organisation = await db.organisation.create({ data: { name: `Org ${tag}` } });
  const fn = await db.function.create({ data: { name: `Function ${tag}` } });
  return { organisationId: organisation.id, functionId: fn.id };
}

export async function createPerson(
  place: { organisationId: string; functionId: string },
  { offers = 'NONE', capacity = 0 }: { offers?: Offer; capacity?: number } = {},
  programId?: string,
) {
  const actor = await createActor();
  await createTestProfile(db, actor.id, { offers, capacity });
  await db.profile.update({ where: { userId: actor.id }, data: place });
  if (programId) await db.programMember.create({ data: { programId, userId: actor.id } });
  return actor;
}

export async function createGoal(
  userId: string,
  triageKind: HelpKind | null,
  chosenKind: HelpKind | null = null,
) {
  const goal = await createTestGoal(db, userId);
  return db.goal.update({ where: { id: goal.id }, data: { triageKind, chosenKind } });
}

interface Pairing {
  goalId: string;
  protegeId: string;
  supporterId: string;
  kind: 'MENTOR' | 'COACH';
}

export function createRequest(
  pair: Pairing,
  {
    sentDaysAgo,
    status = 'OPEN',
    answeredDaysAgo,
    programId,
    proposalId,
  }: {
    sentDaysAgo: number;
    status?: 'OPEN' | 'ACCEPTED' | 'DECLINED';
    answeredDaysAgo?: number;
    programId?: string;
    proposalId?: string;
  },
) {
  return db.connectionRequest.create({
    data: {
      ...pair,
      origin: programId ? 'PROGRAM' : 'PROTEGE',
      note: 'Could you help me with this goal?',
      status,
      createdAt: daysAgo(sentDaysAgo),
      respondedAt: answeredDaysAgo === undefined ? null : daysAgo(answeredDaysAgo),
      expiresAt: daysAgo(sentDaysAgo - 14),
      programId,
      proposalId,
    },
  });
}

/**
 * An accepted request and its relationship, with its history of states and check-ins:
 * `activeDaysAgo` when it left the intro, `ended` when and how it ended.
 */
export async function createRelationship(
  pair: Pairing,
  options: {
    sentDaysAgo: number;
    startedDaysAgo: number;
    activeDaysAgo?: number;
    ended?: { daysAgo: number; byId: string; note?: string };
    checkIns?: { daysAgo: number; rating: number }[];
  },
) {
  const { sentDaysAgo, startedDaysAgo, activeDaysAgo, ended, checkIns = [] } = options;
  const request = await createRequest(pair, {
    sentDaysAgo,
    status: 'ACCEPTED',
    answeredDaysAgo: startedDaysAgo,
  });
  const events: { state: 'INTRO' | 'ACTIVE' | 'ENDED'; at: Date }[] = [
    { state: 'INTRO', at: daysAgo(startedDaysAgo) },
  ];
  if (activeDaysAgo !== undefined) events.push({ state: 'ACTIVE', at: daysAgo(activeDaysAgo) });
  if (ended) events.push({ state: 'ENDED', at: daysAgo(ended.daysAgo) });
  return db.relationship.create({
    data: {
      ...pair,
      requestId: request.id,
      state: ended ? 'ENDED' : activeDaysAgo !== undefined ? 'ACTIVE' : 'INTRO',
      startedAt: daysAgo(startedDaysAgo),
      endedAt: ended ? daysAgo(ended.daysAgo) : null,
      endedById: ended?.byId ?? null,
      endNote: ended?.note ?? null,
      events: { create: events },
      checkIns: {
        create: checkIns.map((c) => ({
          authorId: pair.protegeId,
          note: 'How it is going.',
          rating: c.rating,
          createdAt: daysAgo(c.daysAgo),
        })),
      },
    },
  });
}
