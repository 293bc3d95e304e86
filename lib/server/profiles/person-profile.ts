import 'server-only';
/**
 * Another person's profile page, as one signed-in person may see it. Who may open it is in the
 * query: yourself; someone who could be suggested to you (they offer help and have not asked
 * to stay out of suggestions, nor asked not to be suggested you again); or someone you are
 * talking to (an open request, or a relationship, past or present). Never someone who blocked
 * you or whom you blocked, and never a protégé whose goal you only offered to help with: their
 * name stays theirs until they say yes. Every refusal is the same "not found".
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '../auth/session';
import { placesTaken } from '../connections/live-pool';
import { inTransaction } from '../connections/transaction';
import { db } from '../db';
import { isGuest } from '../outside/guests';
import { CAREER_STEP_FIELDS } from '../suggestions/people-from-db';

export function profileVisibleTo(viewerId: string): Prisma.ProfileWhereInput {
  return {
    user: {
      disabledAt: null,
      blocks: { none: { blockedId: viewerId } },
      blockedBy: { none: { blockerId: viewerId } },
    },
    OR: [
      { userId: viewerId },
      {
        offers: { not: 'NONE' },
        hideFromSuggestions: false,
        user: { exclusions: { none: { otherId: viewerId } } },
      },
      {
        user: {
          OR: [
            // They asked you, or a program invited you both: their name is already on it.
            {
              requestsAsProtege: {
                some: { supporterId: viewerId, status: 'OPEN', origin: { not: 'SUPPORTER' } },
              },
            },
            { requestsAsSupporter: { some: { protegeId: viewerId, status: 'OPEN' } } },
            { relationshipsAsProtege: { some: { supporterId: viewerId } } },
            { relationshipsAsSupporter: { some: { protegeId: viewerId } } },
          ],
        },
      },
    ],
  };
}

const PROFILE_FIELDS = {
  userId: true,
  jobTitle: true,
  level: true,
  timezone: true,
  country: true,
  languages: true,
  bio: true,
  offers: true,
  capacity: true,
  coachingAreas: true,
  hidePastEmployers: true,
  organisation: { select: { name: true } },
  function: { select: { name: true } },
  user: {
    select: {
      name: true,
      experiences: {
        orderBy: [{ startYear: 'desc' }, { createdAt: 'asc' }],
        select: { id: true, ...CAREER_STEP_FIELDS },
      },
    },
  },
} satisfies Prisma.ProfileSelect;

/** The profile as the viewer may see it, or null: not there, or not theirs to see. */
export async function findPersonProfile({ actor, userId }: { actor: Actor; userId: string }) {
  // A guest sees only the people of their own relationships.
  const onlyTheirs: Prisma.ProfileWhereInput[] = (await isGuest(actor))
    ? [
        {
          user: {
            OR: [
              { relationshipsAsProtege: { some: { supporterId: actor.id } } },
              { relationshipsAsSupporter: { some: { protegeId: actor.id } } },
            ],
          },
        },
      ]
    : [];
  const row = await db.profile.findFirst({
    where: { AND: [{ userId }, profileVisibleTo(actor.id), ...onlyTheirs] },
    select: PROFILE_FIELDS,
  });
  if (!row) return null;
  // The same live pool that every request and invitation is counted against.
  const taken =
    row.offers === 'NONE' ? 0 : await inTransaction((tx) => placesTaken(tx, row.userId));
  return {
    id: row.userId,
    name: row.user.name,
    isYou: row.userId === actor.id,
    jobTitle: row.jobTitle,
    level: row.level,
    organisation: row.organisation.name,
    function: row.function.name,
    timezone: row.timezone,
    country: row.country,
    languages: row.languages,
    bio: row.bio,
    offers: row.offers,
    coachingAreas: row.coachingAreas,
    hasRoom: row.offers !== 'NONE' && taken < row.capacity,
    pastEmployersHidden: row.hidePastEmployers,
    // A hidden employer never leaves the server, not even to the page that would leave it out.
    experiences: row.user.experiences.map(({ organisation, function: fn, ...step }) => ({
      ...step,
      function: fn?.name ?? null,
      organisation: row.hidePastEmployers ? null : organisation,
    })),
  };
}

export type PersonProfile = NonNullable<Awaited<ReturnType<typeof findPersonProfile>>>;
