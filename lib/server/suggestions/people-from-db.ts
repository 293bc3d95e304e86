import 'server-only';
/**
 * People and goals read from the database into the matching engine's file format, and the
 * "never propose" rules that live in the database (reporting line at any depth, blocks and
 * "don't suggest again" either way, "not for me" on one goal) as a list of people. The
 * reporting line is worked out here in SQL, so files need no one else's manager chain.
 */
import type { Goal, Prisma } from '@/lib/generated/prisma/client';
import type { FileGoal, FilePerson } from '@/lib/core/matching/people-file';
import { goalIntentSchema } from '@/lib/core/goals/intent/schema';
import { fileStepKind } from '@/lib/core/profile/experience-kinds';
import { db } from '../db';
import { fromJson } from '../programs/runs/json-column';

/** What a career step says, as the engine's file and a profile page both read it. */
export const CAREER_STEP_FIELDS = {
  title: true,
  level: true,
  organisation: true,
  country: true,
  kind: true,
  startYear: true,
  endYear: true,
  description: true,
  function: { select: { name: true } },
} satisfies Prisma.ExperienceSelect;

const personSelect = {
  userId: true,
  managerId: true,
  jobTitle: true,
  level: true,
  languages: true,
  timezone: true,
  skills: true,
  bio: true,
  offers: true,
  capacity: true,
  coachingAreas: true,
  hidePastEmployers: true,
  hideFromSuggestions: true,
  organisation: { select: { name: true } },
  function: { select: { name: true } },
  user: {
    select: {
      name: true,
      email: true,
      experiences: {
        // In the order they were written (an import writes them in its file's order).
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: CAREER_STEP_FIELDS,
      },
    },
  },
} satisfies Prisma.ProfileSelect;

type ProfileRow = Awaited<ReturnType<typeof loadProfiles>>[number];

/** Profiles in a fixed order, so that the same database always gives the same file. */
export function loadProfiles(where: object) {
  return db.profile.findMany({ where, select: personSelect, orderBy: { userId: 'asc' } });
}

export function toFilePerson(row: ProfileRow): FilePerson {
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
      kind: fileStepKind(step.kind),
      years: `${step.startYear}-${step.endYear ?? ''}`,
      description: step.description,
    })),
  };
}

/**
 * The person as a suggestion shows them to someone else: a supporter who hides their past
 * employers keeps every career step (the fit is the same), but the reasons written from those
 * steps no longer name the organisations. Exports and program runs keep the whole file.
 */
export function toShownPerson(row: ProfileRow): FilePerson {
  const person = toFilePerson(row);
  if (!row.hidePastEmployers) return person;
  return {
    ...person,
    experiences: person.experiences.map((step) => ({ ...step, organization: '' })),
  };
}

/** A stored goal in the engine's file format; its kind is the person's choice, else the triage. */
export function goalForFile(goal: Goal): FileGoal {
  const kind = goal.chosenKind ?? goal.triageKind ?? 'BOTH';
  return {
    id: goal.id,
    personId: goal.userId,
    text: goal.statement,
    needs: goal.needs as FileGoal['needs'],
    ...(goal.clarity ? { clarity: goal.clarity === 'CLEAR' ? 'clear' : 'exploring' } : {}),
    ...(goal.targetTitle ? { targetTitle: goal.targetTitle } : {}),
    ...(goal.targetLevel ? { targetLevel: goal.targetLevel } : {}),
    // The person's own correction of how the goal reads is what matching compares careers with.
    ...(goal.intentCorrection !== null
      ? { intent: fromJson(goalIntentSchema, goal.intentCorrection, 'Goal.intentCorrection') }
      : {}),
    kind: kind === 'BOTH' ? 'both' : kind === 'MENTOR' ? 'mentor' : 'coach',
  };
}

/** Everyone the database says must never be proposed to this person for this goal. */
export async function neverProposed(userId: string, goalId?: string): Promise<string[]> {
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
    UNION SELECT "personId" FROM "SuggestionDismissal" WHERE "goalId" = ${goalId ?? ''}`;
  return rows.map((row) => row.id);
}
