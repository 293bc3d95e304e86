/** Test helpers for the connection flow: a protégé with a goal, supporters with room. */
import { db } from '@/lib/server/db';
import { createActor } from '@/scripts/support/actors';
import { createTestGoal, createTestProfile } from '@/scripts/support/people';

export async function createProtege() {
  const actor = await createActor();
  await createTestProfile(db, actor.id);
  const goal = await createTestGoal(db, actor.id);
  return { actor, goal };
}

export async function createSupporter(
  capacity = 2,
  offers: 'MENTORING' | 'COACHING' | 'BOTH' = 'BOTH',
) {
  const actor = await createActor();
  await createTestProfile(db, actor.id, { offers, capacity, jobTitle: 'Director' });
  return actor;
}

export const NOTE = 'I am aiming for a finance lead role and you have made that move.';
