/** Test helpers for the connection flow: a protégé with a goal, supporters with room. */
import { GOAL_NEEDS, NEED_POINTS_TO } from '@/lib/core/goals/needs';
import { db } from '@/lib/server/db';
import { createActor } from '@/scripts/support/actors';
import { createTestGoal, createTestProfile } from '@/scripts/support/people';

const COACH_AREAS = GOAL_NEEDS.filter((need) => NEED_POINTS_TO[need] === 'coach');

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
  // Coaches are proposed only for areas a goal calls for; these coach every area.
  await createTestProfile(db, actor.id, {
    offers,
    capacity,
    jobTitle: 'Director',
    coachingAreas: COACH_AREAS,
  });
  return actor;
}

export const NOTE = 'I am aiming for a finance lead role and you have made that move.';
