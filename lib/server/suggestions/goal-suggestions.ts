import 'server-only';
/**
 * Suggestions for one of the caller's goals: the matching engine's `suggest` run on the
 * people who offer help, read from the database into the engine's file format. The "never
 * propose" rules that live in the database join the engine's own: blocks and "don't suggest
 * again" either way, "not for me" on this goal, and the reporting line at any depth (worked
 * out in SQL, so the file needs no one else's manager chain). Current relationships count as
 * load, so a full supporter is left out. People who chose not to be suggested are not, and the
 * reasons never name the past employers of someone who hides them. Someone already asked about this goal stays in the
 * list, marked, so the person sees where things stand.
 */
import type { RequestStatus } from '@/lib/core/connections/statuses';
import { fitContext, pairKey, prepareFile } from '@/lib/core/matching/fit';
import type { PeopleFile } from '@/lib/core/matching/people-file';
import { suggest, type Suggestion } from '@/lib/core/matching/suggest';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { notFound } from '../errors';
import {
  goalForFile,
  loadProfiles,
  neverProposed,
  toFilePerson,
  toShownPerson,
} from './people-from-db';

export interface GoalSuggestions {
  lists: Suggestion[];
  /** Who each suggested person is, for the page. */
  people: Map<string, { name: string; title: string; organisation: string; function: string }>;
  /** People already asked about this goal, by kind and person: the request's status. */
  asked: Map<string, RequestStatus>;
  hasProfile: boolean;
}

export async function suggestionsForGoal({
  actor,
  goalId,
  top = 5,
}: {
  actor: Actor;
  goalId: string;
  top?: number;
}): Promise<GoalSuggestions> {
  const goal = await db.goal.findFirst({ where: { id: goalId, userId: actor.id } });
  if (!goal) throw notFound('goal');
  const [own] = await loadProfiles({ userId: actor.id });
  if (!own) return { lists: [], people: new Map(), asked: new Map(), hasProfile: false };

  // Someone who asked not to be suggested is not, to anyone.
  const supporters = await loadProfiles({
    offers: { not: 'NONE' },
    hideFromSuggestions: false,
    userId: { not: actor.id },
  });
  const [load, waiting, never, requests] = await Promise.all([
    db.relationship.groupBy({
      by: ['supporterId'],
      where: { state: { in: ['INTRO', 'ACTIVE'] } },
      _count: { _all: true },
    }),
    // Open requests from other people: demand this one goal's list cannot see by itself.
    // Counts only, never who asked.
    db.connectionRequest.groupBy({
      by: ['supporterId'],
      where: { status: 'OPEN', protegeId: { not: actor.id } },
      _count: { _all: true },
    }),
    neverProposed(actor.id, goalId),
    db.connectionRequest.findMany({
      where: { goalId, protegeId: actor.id },
      orderBy: { createdAt: 'asc' },
      select: { kind: true, supporterId: true, status: true },
    }),
  ]);
  const file: PeopleFile = {
    people: [toFilePerson(own), ...supporters.map(toShownPerson)],
    goals: [goalForFile(goal)],
  };
  const context = fitContext({
    load: new Map(load.map((row) => [row.supporterId, row._count._all])),
    excludedPairs: new Set(never.map((other) => pairKey(actor.id, other))),
  });
  const askedElsewhere = new Map(waiting.map((row) => [row.supporterId, row._count._all]));
  const lists = suggest(prepareFile(file, new Date()), context, top, askedElsewhere);
  const people = new Map(
    supporters.map((row) => [
      row.userId,
      {
        name: row.user.name,
        title: row.jobTitle,
        organisation: row.organisation.name,
        function: row.function.name,
      },
    ]),
  );
  const asked = new Map(
    requests.map((request) => [`${request.kind}:${request.supporterId}`, request.status]),
  );
  return { lists, people, asked, hasProfile: true };
}
