import 'server-only';
/**
 * The supporter's side of suggestions: the goals of other people that this mentor or coach
 * would suit, best first, scored by the same engine. A goal shows here only when its owner
 * wants the kind of help the supporter offers, and never when a "never propose" rule holds
 * between the two (reporting line, a block or "don't suggest again" either way), and only when
 * its owner chose to let mentors and coaches who could help read it: an "only people I ask"
 * goal is never listed. The owner is not named, nor described closely enough to be named
 * (goal-owners.ts): a supporter learns who it is only if the owner accepts their offer.
 */
import type { RequestStatus } from '@/lib/core/connections/statuses';
import { fitContext, fitScorer, pairKey, prepareFile } from '@/lib/core/matching/fit';
import type { GoalOwnerWords } from '@/lib/core/goals/goal-owner';
import type { PeopleFile } from '@/lib/core/matching/people-file';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { describeGoalOwners } from './goal-owners';
import { goalForFile, loadProfiles, neverProposed, toFilePerson } from './people-from-db';

export interface GoalToHelp {
  goalId: string;
  statement: string;
  kind: 'MENTOR' | 'COACH';
  score: number;
  owner: GoalOwnerWords;
  /** Status of an offer already made on this goal, if any. */
  offered?: RequestStatus;
}

export async function goalsToHelp({
  actor,
  top = 10,
}: {
  actor: Actor;
  top?: number;
}): Promise<GoalToHelp[] | null> {
  const [own] = await loadProfiles({ userId: actor.id });
  if (!own || own.offers === 'NONE') return null;
  const kinds =
    own.offers === 'BOTH' ? ['MENTOR', 'COACH'] : [own.offers === 'MENTORING' ? 'MENTOR' : 'COACH'];
  const never = await neverProposed(actor.id);
  const goals = await db.goal.findMany({
    where: {
      userId: { notIn: [actor.id, ...never] },
      visibility: 'MATCHING_SUPPORTERS',
      user: { profile: { isNot: null } },
    },
    orderBy: { createdAt: 'desc' },
    take: 2_000,
  });
  const owners = await loadProfiles({ userId: { in: [...new Set(goals.map((g) => g.userId))] } });
  const file: PeopleFile = {
    people: [toFilePerson(own), ...owners.map(toFilePerson)],
    goals: goals.map(goalForFile),
  };
  const prepared = prepareFile(file, new Date());
  const scorer = fitScorer(
    prepared,
    fitContext({ excludedPairs: new Set(never.map((id) => pairKey(actor.id, id))) }),
  );
  const ownerOf = await describeGoalOwners(owners.map((row) => row.userId));
  const offers = await db.connectionRequest.findMany({
    where: { supporterId: actor.id, goalId: { in: goals.map((g) => g.id) } },
    select: { goalId: true, kind: true, status: true },
  });
  const offered = new Map(offers.map((o) => [`${o.goalId}:${o.kind}`, o.status]));
  const found: GoalToHelp[] = [];
  for (const goal of prepared.goals) {
    for (const kind of goal.kinds) {
      const upper = kind === 'mentor' ? 'MENTOR' : 'COACH';
      if (!kinds.includes(upper)) continue;
      // The reasons are written to the goal's owner ("you are aiming for"), so only the score
      // is shown to the supporter.
      const score = scorer.score(goal, actor.id, kind);
      if (score === null) continue;
      const owner = ownerOf.get(goal.goal.personId);
      if (!owner) continue;
      found.push({
        goalId: goal.goal.id,
        statement: goal.goal.text,
        kind: upper,
        score,
        owner,
        offered: offered.get(`${goal.goal.id}:${upper}`),
      });
    }
  }
  return found.sort((a, b) => b.score - a.score).slice(0, top);
}
