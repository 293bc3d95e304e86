import 'server-only';
/**
 * How the two people of a live relationship reach each other: once both have said yes, each
 * sees the other's e-mail and working context. Before that (a request) and after it ends,
 * nothing: the query itself asks for a live relationship the caller is part of.
 */
import type { Actor } from '../auth/session';
import { db } from '../db';

const PERSON = {
  id: true,
  name: true,
  email: true,
  profile: {
    select: {
      jobTitle: true,
      country: true,
      timezone: true,
      languages: true,
      organisation: { select: { name: true } },
      function: { select: { name: true } },
    },
  },
} as const;

export async function findContactDetails({
  actor,
  relationshipId,
}: {
  actor: Actor;
  relationshipId: string;
}) {
  const relationship = await db.relationship.findFirst({
    where: {
      id: relationshipId,
      state: { not: 'ENDED' },
      OR: [{ protegeId: actor.id }, { supporterId: actor.id }],
    },
    select: { protegeId: true, protege: { select: PERSON }, supporter: { select: PERSON } },
  });
  if (!relationship) return null;
  return relationship.protegeId === actor.id ? relationship.supporter : relationship.protege;
}

export type ContactDetails = NonNullable<Awaited<ReturnType<typeof findContactDetails>>>;
