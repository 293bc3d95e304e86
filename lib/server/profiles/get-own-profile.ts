import 'server-only';
import type { Actor } from '../auth/session';
import { db } from '../db';

/** The caller's profile with the names a page shows, or null before they have written one. */
export async function getOwnProfile({ actor }: { actor: Actor }) {
  return db.profile.findUnique({
    where: { userId: actor.id },
    include: {
      organisation: { select: { name: true } },
      function: { select: { name: true } },
      manager: { select: { id: true, name: true } },
    },
  });
}
