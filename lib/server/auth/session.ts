import 'server-only';
/**
 * Who is calling. Pages and actions ask here, never the JWT directly: the user is re-read from
 * the database together with the session's record, so a session that was ended (sign-out,
 * password change, "sign out everywhere", a disabled or deleted account) stops working with
 * its next request, wherever its cookie was copied to.
 */
import { cache } from 'react';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signInPath } from '@/lib/core/auth/return-path';
import { auth } from './auth';
import { findSessionUser } from './session-record';

export interface Actor {
  id: string;
  name: string;
  email: string;
  isPlatformAdmin: boolean;
  /**
   * A guest invited from outside (lib/server/outside/guests.ts), as read with the session, for
   * pages to choose what to show. The data layer never trusts it: it asks the database.
   */
  isGuest?: boolean;
  /**
   * The session this request came in on, so that an operation can act on it (a password
   * change moves it to a fresh session). Absent for scripts and tests that act without one.
   */
  sessionToken?: string;
}

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  const sessionToken = session?.sessionToken;
  // A JWT from before session records, or one whose record could not be made, signs no one in.
  if (!userId || !sessionToken) return null;
  const user = await findSessionUser({ userId, sessionToken });
  if (!user) return null;
  const { kind, ...rest } = user;
  return { ...rest, isGuest: kind === 'GUEST', sessionToken };
});

export async function requireUser(): Promise<Actor> {
  const actor = await getActor();
  // proxy.ts notes the path asked for; sign-in comes back to it.
  if (!actor) redirect(signInPath((await headers()).get('x-pathname')));
  return actor;
}

/**
 * For pages of members only (suggestions, goals, goals to help, programs, other people's
 * profiles): a guest is sent home, where their relationships and invitations are.
 */
export async function requireMember(): Promise<Actor> {
  const actor = await requireUser();
  if (actor.isGuest) redirect('/?guest=1');
  return actor;
}
