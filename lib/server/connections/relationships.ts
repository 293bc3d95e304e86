import 'server-only';
/**
 * Relationships: both people see the page, either can move it on or end it. Every query names
 * the caller as one of the two, so anyone else gets "not found". The end note is private to
 * the program admin and is never selected for either person.
 */
import type { Actor } from '../auth/session';
import { db } from '../db';
import { AppError, notFound } from '../errors';
import { cancelUpcomingMeetings } from '../meetings/cancel-upcoming-meetings';
import { endedWords } from './ending-words';
import { notify } from './notify';
import { kindWord } from './sides';
import { inTransaction, type Tx } from './transaction';

const partOf = (actor: Actor) => ({
  OR: [{ protegeId: actor.id }, { supporterId: actor.id }],
});

const PUBLIC_FIELDS = {
  id: true,
  kind: true,
  state: true,
  focus: true,
  startedAt: true,
  endedAt: true,
  protegeId: true,
  supporterId: true,
  protege: { select: { id: true, name: true } },
  supporter: { select: { id: true, name: true } },
  goal: { select: { id: true, statement: true } },
  milestones: {
    orderBy: { position: 'asc' },
    select: { id: true, text: true, doneAt: true },
  },
} as const;

/**
 * The relationship as the caller sees it: who the other person is, and the goal's words, which
 * the mentor or coach reads only until the relationship ends (lib/core/connections/goal-words.ts).
 */
function withOther<
  R extends {
    protegeId: string;
    state: string;
    supporter: object;
    protege: object;
    goal: { id: string; statement: string };
  },
>(actor: Actor, relationship: R) {
  const isProtege = relationship.protegeId === actor.id;
  const other = isProtege ? relationship.supporter : relationship.protege;
  const readsGoal = isProtege || relationship.state !== 'ENDED';
  return {
    ...relationship,
    goal: { id: relationship.goal.id, statement: readsGoal ? relationship.goal.statement : null },
    other: other as R['protege'],
  };
}

export async function listOwnRelationships({ actor }: { actor: Actor }) {
  const relationships = await db.relationship.findMany({
    where: partOf(actor),
    orderBy: { startedAt: 'desc' },
    select: PUBLIC_FIELDS,
  });
  return relationships.map((relationship) => withOther(actor, relationship));
}

export async function findOwnRelationship({
  actor,
  relationshipId,
}: {
  actor: Actor;
  relationshipId: string;
}) {
  const relationship = await db.relationship.findFirst({
    where: { id: relationshipId, ...partOf(actor) },
    select: {
      ...PUBLIC_FIELDS,
      events: { orderBy: { at: 'asc' }, select: { state: true, actorId: true, at: true } },
      checkIns: {
        orderBy: { createdAt: 'desc' },
        select: { id: true, authorId: true, note: true, rating: true, createdAt: true },
      },
    },
  });
  return relationship && withOther(actor, relationship);
}

/** The relationship with the caller as one side, locked; refused once it has ended. */
export async function ongoing(tx: Tx, actor: Actor, relationshipId: string) {
  const mine = await tx.relationship.findFirst({
    where: { id: relationshipId, ...partOf(actor) },
    select: { id: true },
  });
  if (!mine) throw notFound('relationship');
  await tx.$queryRaw`SELECT 1 FROM "Relationship" WHERE "id" = ${relationshipId} FOR UPDATE`;
  const relationship = await tx.relationship.findUniqueOrThrow({
    where: { id: relationshipId },
    select: { id: true, state: true, kind: true, protegeId: true, supporterId: true },
  });
  if (relationship.state === 'ENDED')
    throw new AppError('CONFLICT', 'This relationship has already ended.');
  const other =
    relationship.protegeId === actor.id ? relationship.supporterId : relationship.protegeId;
  return { ...relationship, other };
}

/** Marks a relationship ended by `actorId`, with the event and any note for the admin. */
export async function closeRelationship(
  tx: Tx,
  relationshipId: string,
  actorId: string,
  now: Date,
  note?: string,
): Promise<void> {
  await tx.relationship.update({
    where: { id: relationshipId },
    data: {
      state: 'ENDED',
      endedAt: now,
      endedById: actorId,
      endNote: note || null,
      events: { create: { state: 'ENDED', actorId, at: now } },
    },
  });
}

/** Out of the introduction: both have met and mean to carry on. */
export async function markActive({
  actor,
  input,
}: {
  actor: Actor;
  input: { relationshipId: string; focus?: string; milestones?: string[] };
}) {
  await inTransaction(async (tx) => {
    const relationship = await ongoing(tx, actor, input.relationshipId);
    if (relationship.state !== 'INTRO')
      throw new AppError('CONFLICT', 'This relationship is already under way.');
    await tx.relationship.update({
      where: { id: relationship.id },
      data: {
        state: 'ACTIVE',
        ...(input.focus ? { focus: input.focus } : {}),
        events: { create: { state: 'ACTIVE', actorId: actor.id } },
        milestones: {
          create: (input.milestones ?? []).map((text, position) => ({ text, position })),
        },
      },
    });
    await notify(
      tx,
      relationship.other,
      'relationship-active',
      `${actor.name} marked your ${kindWord(relationship.kind)} relationship as under way.`,
      `/relationships/${relationship.id}`,
    );
  });
}

/**
 * Ends it, for either side, with no blame: in the introduction that is one click. The note is
 * for the program admin only; "don't suggest again" is private to the one who asks it.
 */
export async function endRelationship({
  actor,
  input,
}: {
  actor: Actor;
  input: { relationshipId: string; note?: string; dontSuggestAgain: boolean };
}) {
  await inTransaction(async (tx) => {
    const relationship = await ongoing(tx, actor, input.relationshipId);
    const now = new Date();
    await closeRelationship(tx, relationship.id, actor.id, now, input.note);
    await cancelUpcomingMeetings(tx, actor, relationship, now);
    if (input.dontSuggestAgain)
      await tx.pairExclusion.upsert({
        where: { userId_otherId: { userId: actor.id, otherId: relationship.other } },
        create: { userId: actor.id, otherId: relationship.other },
        update: {},
      });
    await notify(
      tx,
      relationship.other,
      'relationship-ended',
      endedWords(relationship, actor.name),
      `/relationships/${relationship.id}`,
    );
  });
}

export async function addCheckIn({
  actor,
  input,
}: {
  actor: Actor;
  input: { relationshipId: string; note: string; rating: number; milestonesDone?: string[] };
}) {
  await inTransaction(async (tx) => {
    const relationship = await ongoing(tx, actor, input.relationshipId);
    const now = new Date();
    await tx.checkIn.create({
      data: {
        relationshipId: relationship.id,
        authorId: actor.id,
        note: input.note,
        rating: input.rating,
        createdAt: now,
      },
    });
    // Only this relationship's milestones, and each ticked once: the first tick keeps its date.
    if (input.milestonesDone?.length)
      await tx.milestone.updateMany({
        where: { id: { in: input.milestonesDone }, relationshipId: relationship.id, doneAt: null },
        data: { doneAt: now, doneById: actor.id },
      });
    await notify(
      tx,
      relationship.other,
      'check-in',
      `${actor.name} added a check-in.`,
      `/relationships/${relationship.id}`,
    );
  });
}
