import 'server-only';
/**
 * Suggestions for one of the caller's goals: the matching engine's `suggest` run on the
 * people who offer help, read from the database into the engine's file format. The "never
 * propose" rules that live in the database join the engine's own: blocks and "don't suggest
 * again" either way, "not for me" on this goal, and the reporting line at any depth (worked
 * out in SQL, so the file needs no one else's manager chain). Current relationships count as
 * load, so a full supporter is left out. People who chose not to be suggested are not, and the
 * reasons never name the past employers of someone who hides them. Someone already asked
 * about this goal stays in the list, marked with where that request stands now
 * (suggestion-state.ts); someone who said no to it is left out, so they take no place.
 */
import { suggestionState, type SuggestionState } from '@/lib/core/connections/suggestion-state';
import {
  fitContext,
  pairKey,
  poolCovers,
  prepareFile,
  prepareWithPool,
  type PreparedFile,
} from '@/lib/core/matching/fit';
import type { FileGoal, FilePerson, PeopleFile } from '@/lib/core/matching/people-file';
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
import {
  cardOf,
  SHOWN_SUPPORTERS,
  supporterPool,
  type SupporterCard,
  type SupporterPool,
} from './supporter-pool';

export interface GoalSuggestions {
  lists: Suggestion[];
  /** Who each suggested person is, for the page. */
  people: Map<string, { name: string; title: string; organisation: string; function: string }>;
  /** What each card says about an earlier request, by kind and person ("MENTOR:id"). */
  asked: Map<string, SuggestionState>;
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

  const now = new Date();
  const viewer = toFilePerson(own);
  // The kept pool holds everyone shown as a supporter; a viewer who offers help but hides is
  // in their own file's corpus and not the pool's, so only the whole file scores them exactly.
  const hides = own.offers !== 'NONE' && own.hideFromSuggestions;
  const [pool, load, waiting, never, requests] = await Promise.all([
    hides ? null : supporterPool(now),
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
      select: {
        kind: true,
        supporterId: true,
        status: true,
        relationship: { select: { state: true } },
      },
    }),
  ]);
  // The latest request to each person for each kind decides what their card says.
  const asked = new Map(
    requests.map((request) => [
      `${request.kind}:${request.supporterId}`,
      suggestionState({
        status: request.status,
        relationshipEnded: request.relationship?.state === 'ENDED',
      }),
    ]),
  );
  const saidNo = [...asked.values()].filter((state) => !state.show).length;
  const context = fitContext({
    load: new Map(load.map((row) => [row.supporterId, row._count._all])),
    excludedPairs: new Set(never.map((other) => pairKey(actor.id, other))),
  });
  const askedElsewhere = new Map(waiting.map((row) => [row.supporterId, row._count._all]));
  const { prepared, cards } = await preparedFor(viewer, goalForFile(goal), pool, now);
  const lists = suggest(prepared, context, top + saidNo, askedElsewhere).map((list) => ({
    ...list,
    candidates: list.candidates
      .filter(
        (candidate) =>
          asked.get(`${list.kind === 'mentor' ? 'MENTOR' : 'COACH'}:${candidate.personId}`)
            ?.show !== false,
      )
      .slice(0, top),
  }));
  const people = new Map(
    lists.flatMap((list) =>
      list.candidates.flatMap((candidate) => {
        const card = cards.get(candidate.personId);
        return card ? [[candidate.personId, card] as const] : [];
      }),
    ),
  );
  return { lists, people, asked, hasProfile: true };
}

/**
 * The viewer and their goal prepared against the kept pool when that is exact (poolCovers),
 * else the whole file read and prepared as before: someone who asked not to be suggested is
 * not, to anyone.
 */
async function preparedFor(
  viewer: FilePerson,
  goal: FileGoal,
  pool: SupporterPool | null,
  now: Date,
): Promise<{ prepared: PreparedFile; cards: ReadonlyMap<string, SupporterCard> }> {
  if (pool && poolCovers(pool.prepared, viewer))
    return {
      prepared: prepareWithPool(pool.prepared, { people: [viewer], goals: [goal] }, now),
      cards: pool.cards,
    };
  const supporters = await loadProfiles({ ...SHOWN_SUPPORTERS, userId: { not: viewer.id } });
  const file: PeopleFile = { people: [viewer, ...supporters.map(toShownPerson)], goals: [goal] };
  return {
    prepared: prepareFile(file, now),
    cards: new Map(supporters.map((row) => [row.userId, cardOf(row)])),
  };
}
