import 'server-only';
/**
 * The supporter's side of suggestions: the goals of other people that this mentor or coach
 * would suit, best first, scored by the same engine. A goal shows here only when its owner
 * wants the kind of help the supporter offers, and never when a "never propose" rule holds
 * between the two (reporting line, a block or "don't suggest again" either way). The owner's
 * name is not shown: a supporter sees the goal and where its owner works, and learns the name
 * only if the owner accepts their offer.
 */
import type { RequestStatus } from '@/lib/core/connections/statuses';
import { fitContext, fitScorer, pairKey, prepareFile } from '@/lib/core/matching/fit';
import type { PeopleFile } from '@/lib/core/matching/people-file';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { goalForFile, loadProfiles, neverProposed, toFilePerson } from './people-from-db';

export interface GoalToHelp {
  goalId: string;
  statement: string;
  kind: 'MENTOR' | 'COACH';
  score: number;
  owner: { title: string; function: string; organisation: string };
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
    where: { userId: { notIn: [actor.id, ...never] }, user: { profile: { isNot: null } } },
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
  const ownerOf = new Map(owners.map((row) => [row.userId, row]));
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
        owner: {
          title: owner.jobTitle,
          function: owner.function.name,
          organisation: owner.organisation.name,
        },
        offered: offered.get(`${goal.goal.id}:${upper}`),
      });
    }
  }
  return found.sort((a, b) => b.score - a.score).slice(0, top);
}
