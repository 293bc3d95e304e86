import 'server-only';
/**
 * What the home page needs to say what to do next: the caller's own profile, career steps,
 * goals, requests waiting for their answer and relationships, each counted in one query
 * scoped to the caller.
 */
import type { Actor } from '../auth/session';
import { receivedBy } from '../connections/sides';
import { db } from '../db';
import type { HomeFacts } from '@/lib/core/home/next-steps';

export async function homeFacts({ actor }: { actor: Actor }): Promise<HomeFacts> {
  const mine = { OR: [{ protegeId: actor.id }, { supporterId: actor.id }] };
  const [profile, careerSteps, goals, waiting, asked, intros, underWay] = await Promise.all([
    db.profile.findUnique({ where: { userId: actor.id }, select: { offers: true } }),
    db.experience.count({ where: { userId: actor.id } }),
    db.goal.count({ where: { userId: actor.id } }),
    // Open requests this person still has to answer (a program invitation asks both sides).
    db.connectionRequest.count({
      where: {
        status: 'OPEN',
        AND: [
          receivedBy(actor),
          {
            OR: [
              { origin: { not: 'PROGRAM' } },
              { protegeId: actor.id, protegeAcceptedAt: null },
              { supporterId: actor.id, supporterAcceptedAt: null },
            ],
          },
        ],
      },
    }),
    db.connectionRequest.count({ where: { protegeId: actor.id, origin: 'PROTEGE' } }),
    db.relationship.count({ where: { ...mine, state: 'INTRO' } }),
    db.relationship.count({ where: { ...mine, state: 'ACTIVE' } }),
  ]);
  return {
    hasProfile: profile !== null,
    offersHelp: profile !== null && profile.offers !== 'NONE',
    careerSteps,
    goals,
    waitingForAnswer: waiting,
    askedSomeone: asked > 0,
    intros,
    underWay,
  };
}
