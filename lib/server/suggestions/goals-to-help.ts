import 'server-only';
/**
 * The supporter's side of suggestions: the goals of other people that this mentor or coach
 * would suit, best first, scored by the same engine. A goal shows here only when its owner
 * wants the kind of help the supporter offers, and never when a "never propose" rule holds
 * between the two (reporting line, a block or "don't suggest again" either way), and only when
 * its owner chose to let mentors and coaches who could help read it: an "only people I ask"
 * goal is never listed. The owner is not named, nor described closely enough to be named
 * (goal-owners.ts): a supporter learns who it is only if the owner accepts their offer.
 *
 * `findGoalToHelp` asks the same question of one goal, for an offer: a supporter may offer
 * help only on a goal this page would show them, so a guessed goal id reads as "not found".
 */
import type { RequestStatus } from '@/lib/core/connections/statuses';
import {
  fitContext,
  fitScorer,
  pairKey,
  prepareFile,
  type PreparedGoal,
} from '@/lib/core/matching/fit';
import type { GoalOwnerWords } from '@/lib/core/goals/goal-owner';
import type { PeopleFile } from '@/lib/core/matching/people-file';
import type { Goal, Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { describeGoalOwners } from './goal-owners';
import { HELP_WINDOW, helpFile } from './help-pool';
import { goalForFile, loadProfiles, neverProposed, toFilePerson } from './people-from-db';
import { supporterPool } from './supporter-pool';

type Kind = 'MENTOR' | 'COACH';

export interface GoalToHelp {
  goalId: string;
  statement: string;
  kind: Kind;
  score: number;
  owner: GoalOwnerWords;
  /** Status of an offer already made on this goal, if any. */
  offered?: RequestStatus;
}

type OwnProfile = Awaited<ReturnType<typeof loadProfiles>>[number];

/** The goals this supporter may be shown at all, as a `where`; null if they offer no help. */
async function helpScope(actor: Actor) {
  const [own] = await loadProfiles({ userId: actor.id });
  if (!own || own.offers === 'NONE') return null;
  const kinds: Kind[] =
    own.offers === 'BOTH' ? ['MENTOR', 'COACH'] : [own.offers === 'MENTORING' ? 'MENTOR' : 'COACH'];
  const never = await neverProposed(actor.id);
  const where: Prisma.GoalWhereInput = {
    userId: { notIn: [actor.id, ...never] },
    visibility: 'MATCHING_SUPPORTERS',
    user: { profile: { isNot: null } },
  };
  return { own, kinds, never, where };
}

/** The goals among `goals` the engine would propose this supporter for, one entry per kind. */
async function suitedGoals(
  actor: Actor,
  scope: { own: OwnProfile; kinds: Kind[]; never: string[] },
  goals: Goal[],
): Promise<GoalToHelp[]> {
  const owners = await loadProfiles({ userId: { in: [...new Set(goals.map((g) => g.userId))] } });
  const file: PeopleFile = {
    people: [toFilePerson(scope.own), ...owners.map(toFilePerson)],
    goals: goals.map(goalForFile),
  };
  const prepared = prepareFile(file, new Date());
  const scorer = fitScorer(
    prepared,
    fitContext({ excludedPairs: new Set(scope.never.map((id) => pairKey(actor.id, id))) }),
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
      if (!scope.kinds.includes(upper)) continue;
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
  return found;
}

export async function goalsToHelp({
  actor,
  top = 10,
}: {
  actor: Actor;
  top?: number;
}): Promise<GoalToHelp[] | null> {
  const scope = await helpScope(actor);
  if (!scope) return null;
  const now = new Date();
  // Someone who hides from suggestions is not in the supporter pool, nor in its corpus.
  const pool = scope.own.hideFromSuggestions ? null : await supporterPool(now);
  if (!pool?.prepared.people.has(actor.id)) {
    const goals = await db.goal.findMany({
      where: scope.where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: HELP_WINDOW,
    });
    const found = await suitedGoals(actor, scope, goals);
    return found.sort((a, b) => b.score - a.score).slice(0, top);
  }
  const file = await helpFile(pool, [actor.id, ...scope.never], now);
  const scorer = fitScorer(
    file,
    fitContext({ excludedPairs: new Set(scope.never.map((id) => pairKey(actor.id, id))) }),
  );
  const scored: { goal: PreparedGoal; kind: Kind; score: number }[] = [];
  for (const goal of file.goals)
    for (const kind of goal.kinds) {
      const upper = kind === 'mentor' ? 'MENTOR' : 'COACH';
      if (!scope.kinds.includes(upper)) continue;
      const score = scorer.score(goal, actor.id, kind);
      if (score !== null) scored.push({ goal, kind: upper, score });
    }
  // Stable: equal scores keep the window's order, newest first.
  const best = scored.sort((a, b) => b.score - a.score).slice(0, top);
  return described(actor, best);
}

/** The entries as the page shows them: each owner in words, and any offer already made. */
async function described(
  actor: Actor,
  entries: readonly { goal: PreparedGoal; kind: Kind; score: number }[],
): Promise<GoalToHelp[]> {
  const goalIds = entries.map((entry) => entry.goal.goal.id);
  const [ownerOf, offers] = await Promise.all([
    describeGoalOwners([...new Set(entries.map((entry) => entry.goal.goal.personId))]),
    db.connectionRequest.findMany({
      where: { supporterId: actor.id, goalId: { in: goalIds } },
      select: { goalId: true, kind: true, status: true },
    }),
  ]);
  const offered = new Map(offers.map((o) => [`${o.goalId}:${o.kind}`, o.status]));
  return entries.flatMap(({ goal, kind, score }) => {
    const owner = ownerOf.get(goal.goal.personId);
    if (!owner) return [];
    return [
      {
        goalId: goal.goal.id,
        statement: goal.goal.text,
        kind,
        score,
        owner,
        offered: offered.get(`${goal.goal.id}:${kind}`),
      },
    ];
  });
}

/** One goal as /help would list it for this kind of help, or null when it would not. */
export async function findGoalToHelp({
  actor,
  goalId,
  kind,
}: {
  actor: Actor;
  goalId: string;
  kind: Kind;
}): Promise<(GoalToHelp & { userId: string }) | null> {
  const scope = await helpScope(actor);
  if (!scope) return null;
  const goal = await db.goal.findFirst({ where: { AND: [scope.where, { id: goalId }] } });
  if (!goal) return null;
  const found = await suitedGoals(actor, scope, [goal]);
  const entry = found.find((candidate) => candidate.kind === kind);
  return entry ? { ...entry, userId: goal.userId } : null;
}
