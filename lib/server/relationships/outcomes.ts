import 'server-only';
/**
 * The closing questions of a relationship that has ended: each side says once (and may change
 * their answer) whether it helped with the goal, whether they would recommend the other person,
 * and anything the program's admins should know. Only the two people of an ended relationship
 * answer; the other side never reads it, and the admins read it on program health.
 */
import type { OutcomeInput } from '@/lib/validation/outcome';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { AppError, notFound } from '../errors';

const partOf = (actor: Actor) => ({ OR: [{ protegeId: actor.id }, { supporterId: actor.id }] });

export async function recordOutcome({ actor, input }: { actor: Actor; input: OutcomeInput }) {
  const relationship = await db.relationship.findFirst({
    where: { id: input.relationshipId, ...partOf(actor) },
    select: { id: true, state: true },
  });
  if (!relationship) throw notFound('relationship');
  if (relationship.state !== 'ENDED')
    throw new AppError('CONFLICT', 'These questions are for when the relationship has ended.');
  const answer = {
    helped: input.helped,
    wouldRecommend: input.wouldRecommend === 'yes',
    adminNote: input.adminNote,
  };
  await db.relationshipOutcome.upsert({
    where: { relationshipId_authorId: { relationshipId: relationship.id, authorId: actor.id } },
    create: { relationshipId: relationship.id, authorId: actor.id, ...answer },
    update: answer,
  });
}

/** The caller's own answer for one of their relationships, or null if they have not given one. */
export function findOwnOutcome({
  actor,
  relationshipId,
}: {
  actor: Actor;
  relationshipId: string;
}) {
  return db.relationshipOutcome.findFirst({
    where: { relationshipId, authorId: actor.id, relationship: partOf(actor) },
    select: { helped: true, wouldRecommend: true, adminNote: true, createdAt: true },
  });
}
