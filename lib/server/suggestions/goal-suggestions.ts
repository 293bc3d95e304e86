import 'server-only';
/**
 * Suggestions for one of the caller's goals: the matching engine's `suggest` run on the
 * people who offer help, read from the database into the engine's file format. The "never
 * propose" rules that live in the database join the engine's own: blocks and "don't suggest
 * again" either way, "not for me" on this goal, and the reporting line at any depth (worked
 * out in SQL, so the file needs no one else's manager chain). Current relationships count as
 * load, so a full supporter is left out. Someone already asked about this goal stays in the
 * list, marked, so the person sees where things stand.
 */
import { fitContext, pairKey, prepareFile } from '@/lib/core/matching/fit';
import type { ExperienceStepKind, FilePerson, PeopleFile } from '@/lib/core/matching/people-file';
import { suggest, type Suggestion } from '@/lib/core/matching/suggest';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { notFound } from '../errors';

const STEP_KINDS: Record<string, ExperienceStepKind> = {
  PROMOTION: 'promotion',
  FUNCTION_CHANGE: 'function-change',
  COUNTRY_MOVE: 'international-move',
  FOUNDED_COMPANY: 'founded-company',
  CAREER_BREAK_RETURN: 'career-break-return',
  OTHER: 'other',
};

const personSelect = {
  userId: true,
  jobTitle: true,
  level: true,
  languages: true,
  timezone: true,
  skills: true,
  bio: true,
  offers: true,
  capacity: true,
  coachingAreas: true,
  organisation: { select: { name: true } },
  function: { select: { name: true } },
  user: {
    select: {
      name: true,
      experiences: {
        select: {
          title: true,
          level: true,
          organisation: true,
          country: true,
          kind: true,
          startYear: true,
          endYear: true,
          description: true,
          function: { select: { name: true } },
        },
      },
    },
  },
} as const;

type ProfileRow = Awaited<ReturnType<typeof loadProfiles>>[number];

function loadProfiles(where: object) {
  return db.profile.findMany({ where, select: personSelect });
}

function toFilePerson(row: ProfileRow): FilePerson {
  return {
    id: row.userId,
    name: row.user.name,
    organization: row.organisation.name,
    function: row.function.name,
    title: row.jobTitle,
    level: row.level,
    managerId: null,
    languages: row.languages,
    timezone: row.timezone,
    skills: row.skills,
    bio: row.bio,
    offers: {
      mentoring: row.offers === 'MENTORING' || row.offers === 'BOTH',
      coaching: row.offers === 'COACHING' || row.offers === 'BOTH',
      capacity: row.capacity,
      coachingAreas: row.coachingAreas as FilePerson['offers']['coachingAreas'],
    },
    experiences: row.user.experiences.map((step) => ({
      title: step.title,
      level: step.level,
      function: step.function?.name ?? '',
      organization: step.organisation,
      country: step.country,
      kind: STEP_KINDS[step.kind] ?? 'other',
      years: `${step.startYear}-${step.endYear ?? ''}`,
      description: step.description,
    })),
  };
}

export interface GoalSuggestions {
  lists: Suggestion[];
  /** Who each suggested person is, for the page. */
  people: Map<string, { name: string; title: string; organisation: string; function: string }>;
  /** People already asked about this goal, by kind and person: the request's status. */
  asked: Map<string, string>;
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

  const supporters = await loadProfiles({ offers: { not: 'NONE' }, userId: { not: actor.id } });
  const [load, never, requests] = await Promise.all([
    db.relationship.groupBy({
      by: ['supporterId'],
      where: { state: { in: ['INTRO', 'ACTIVE'] } },
      _count: { _all: true },
    }),
    neverProposed(actor.id, goalId),
    db.connectionRequest.findMany({
      where: { goalId, protegeId: actor.id },
      orderBy: { createdAt: 'asc' },
      select: { kind: true, supporterId: true, status: true },
    }),
  ]);
  const kind = goal.chosenKind ?? goal.triageKind ?? 'BOTH';
  const file: PeopleFile = {
    people: [toFilePerson(own), ...supporters.map(toFilePerson)],
    goals: [
      {
        id: goal.id,
        personId: actor.id,
        text: goal.statement,
        needs: goal.needs as PeopleFile['goals'][number]['needs'],
        ...(goal.clarity ? { clarity: goal.clarity === 'CLEAR' ? 'clear' : 'exploring' } : {}),
        ...(goal.targetTitle ? { targetTitle: goal.targetTitle } : {}),
        ...(goal.targetLevel ? { targetLevel: goal.targetLevel } : {}),
        kind: kind === 'BOTH' ? 'both' : kind === 'MENTOR' ? 'mentor' : 'coach',
      },
    ],
  };
  const context = fitContext({
    load: new Map(load.map((row) => [row.supporterId, row._count._all])),
    excludedPairs: new Set([...never].map((other) => pairKey(actor.id, other))),
  });
  const lists = suggest(prepareFile(file, new Date()), context, top);
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

/** Everyone the database says must never be proposed to this person for this goal. */
async function neverProposed(userId: string, goalId: string): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE above(id) AS (
      SELECT "managerId" FROM "Profile" WHERE "userId" = ${userId} AND "managerId" IS NOT NULL
      UNION
      SELECT p."managerId" FROM "Profile" p JOIN above ON p."userId" = above.id
      WHERE p."managerId" IS NOT NULL
    ), below(id) AS (
      SELECT "userId" FROM "Profile" WHERE "managerId" = ${userId}
      UNION
      SELECT p."userId" FROM "Profile" p JOIN below ON p."managerId" = below.id
    )
    SELECT id FROM above
    UNION SELECT id FROM below
    UNION SELECT "blockedId" FROM "Block" WHERE "blockerId" = ${userId}
    UNION SELECT "blockerId" FROM "Block" WHERE "blockedId" = ${userId}
    UNION SELECT "otherId" FROM "PairExclusion" WHERE "userId" = ${userId}
    UNION SELECT "userId" FROM "PairExclusion" WHERE "otherId" = ${userId}
    UNION SELECT "personId" FROM "SuggestionDismissal" WHERE "goalId" = ${goalId}`;
  return new Set(rows.map((row) => row.id));
}
