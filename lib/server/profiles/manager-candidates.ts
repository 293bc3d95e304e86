import 'server-only';
/**
 * The manager field's look-up: people the caller can already see (directory/visible-people.ts)
 * whose name contains what they typed, with what tells namesakes apart (title, organisation),
 * never an e-mail. Limited per person, so it cannot be used to walk the whole directory.
 */
import type { z } from 'zod';
import type { managerQuerySchema } from '@/lib/validation/profile';
import type { Actor } from '../auth/session';
import { MANAGER_LOOKUPS_PER_USER } from '../auth/limits';
import { db } from '../db';
import { visiblePeople } from '../directory/visible-people';
import { consume } from '../rate-limit';
import { isGuest } from '../outside/guests';

export interface ManagerCandidate {
  id: string;
  name: string;
  jobTitle: string;
  organisation: string;
}

const SHOWN = 8;

export async function findManagerCandidates({
  actor,
  input,
}: {
  actor: Actor;
  input: z.output<typeof managerQuerySchema>;
}): Promise<ManagerCandidate[]> {
  await consume(MANAGER_LOOKUPS_PER_USER, [actor.id], 'look-ups');
  // A guest looks nobody up: the people on the platform are not theirs to browse.
  if (await isGuest(actor)) return [];
  const people = await db.user.findMany({
    where: {
      AND: [
        visiblePeople(actor.id),
        // Every word typed must appear in the name: "ann lee" finds "Ann-Marie Lee".
        ...input.query
          .split(/\s+/)
          .map((word) => ({ name: { contains: word, mode: 'insensitive' as const } })),
      ],
    },
    select: {
      id: true,
      name: true,
      profile: { select: { jobTitle: true, organisation: { select: { name: true } } } },
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: SHOWN,
  });
  return people.map((person) => ({
    id: person.id,
    name: person.name,
    jobTitle: person.profile?.jobTitle ?? '',
    organisation: person.profile?.organisation.name ?? '',
  }));
}
