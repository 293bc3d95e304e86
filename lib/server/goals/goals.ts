import 'server-only';
/**
 * Goals are private to their owner: every read and write carries the owner in its `where`,
 * so another person's goal is "not found", whether asked for by URL or by a forged form.
 */
import type { GoalInput } from '@/lib/validation/goal';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { notFound } from '../errors';

const ownedBy = (actor: Actor) => ({ userId: actor.id });

function toColumns(input: GoalInput) {
  return {
    statement: input.statement,
    targetTitle: input.targetTitle || null,
    targetLevel: input.targetLevel ?? null,
    horizon: input.horizon ?? null,
    clarity: input.clarity ?? null,
    needs: input.needs,
  };
}

export function listOwnGoals({ actor }: { actor: Actor }) {
  return db.goal.findMany({ where: ownedBy(actor), orderBy: { createdAt: 'desc' } });
}

export function findOwnGoal({ actor, goalId }: { actor: Actor; goalId: string }) {
  return db.goal.findFirst({ where: { id: goalId, ...ownedBy(actor) } });
}

export async function createGoal({ actor, input }: { actor: Actor; input: GoalInput }) {
  return db.goal.create({ data: { userId: actor.id, ...toColumns(input) }, select: { id: true } });
}

export async function updateGoal({
  actor,
  input,
}: {
  actor: Actor;
  input: GoalInput & { goalId: string };
}) {
  const { count } = await db.goal.updateMany({
    where: { id: input.goalId, ...ownedBy(actor) },
    data: toColumns(input),
  });
  if (count === 0) throw notFound('goal');
}

export async function deleteGoal({ actor, input }: { actor: Actor; input: { goalId: string } }) {
  const { count } = await db.goal.deleteMany({ where: { id: input.goalId, ...ownedBy(actor) } });
  if (count === 0) throw notFound('goal');
}
