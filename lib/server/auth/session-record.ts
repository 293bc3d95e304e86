import 'server-only';
/**
 * The server-side record of each signed-in session. A JWT alone cannot be taken back: it is
 * valid until it expires, wherever it was copied to. So every sign-in, whatever the provider,
 * also writes a Session row and puts its random token in the JWT (`sid`), and a request counts
 * as signed in only while that row exists, has not expired, belongs to the token's user and
 * the account is not disabled. Ending a session is deleting its row.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/core/accounts/session-lifetime';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '../db';

// The app's client or a transaction: only their session table is used.
type Client = { session: Pick<Prisma.TransactionClient['session'], 'deleteMany'> };

/**
 * Whether this person may start a session. Every sign-in method asks (the `signIn` callback),
 * so a disabled account is refused by methods added later too. By e-mail as well as by id,
 * because a provider may name a person by its own id before the account is linked; someone
 * with no account yet is not refused here.
 */
export async function mayStartSession(person: {
  id?: string | null;
  email?: string | null;
}): Promise<boolean> {
  const names = [
    ...(person.id ? [{ id: person.id }] : []),
    ...(person.email ? [{ email: person.email.toLowerCase() }] : []),
  ];
  if (names.length === 0) return true;
  const disabled = await db.user.count({ where: { OR: names, disabledAt: { not: null } } });
  return disabled === 0;
}

/**
 * Records a new session and returns the token the JWT carries; null when the account is gone
 * or disabled, so no path into a session exists for it even if a sign-in method forgot to ask.
 */
export async function startSession(userId: string, now = new Date()): Promise<string | null> {
  const user = await db.user.findFirst({
    where: { id: userId, disabledAt: null },
    select: { id: true },
  });
  if (!user) return null;
  const sessionToken = await recordSession(db, userId, now);
  // Rows that ran out on their own are of no use; sign-in is a cheap moment to tidy them.
  await db.session.deleteMany({ where: { userId, expires: { lt: now } } });
  return sessionToken;
}

/** The row of a new session, in whatever transaction the caller is in. */
export async function recordSession(
  client: {
    session: { create(args: { data: Prisma.SessionUncheckedCreateInput }): Promise<unknown> };
  },
  userId: string,
  now = new Date(),
): Promise<string> {
  const sessionToken = randomBytes(32).toString('base64url');
  await client.session.create({
    data: {
      sessionToken,
      userId,
      expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
  return sessionToken;
}

/**
 * The person a JWT stands for, if its session is still live: the one place that decides
 * whether a request is signed in. One query: the user row, read anyway, is found only through
 * a live session of theirs, so a missing, expired or someone else's session reads as nobody.
 */
export async function findSessionUser(
  { userId, sessionToken }: { userId: string; sessionToken: string },
  now = new Date(),
) {
  return db.user.findFirst({
    where: {
      id: userId,
      disabledAt: null,
      sessions: { some: { sessionToken, expires: { gt: now } } },
    },
    select: { id: true, name: true, email: true, isPlatformAdmin: true, kind: true },
  });
}

/** Ends one session: signing out. */
export async function endSession(sessionToken: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken } });
}

/** Ends every session of a person; takes a transaction so it commits with what caused it. */
export async function endSessions(client: Client, userId: string): Promise<number> {
  const { count } = await client.session.deleteMany({ where: { userId } });
  return count;
}

const moveTo = z.object({ sessionToken: z.string().min(1).max(100) });

/**
 * The session a browser's JWT moves to when the server asks (Auth.js's `update`): after a
 * password change, the fresh one made for the browser that changed it. A browser can ask for
 * this too, so only a live session of the same person is taken, and a token is only ever
 * known to the browser holding it: nobody reaches a session they did not already have.
 */
export async function sessionToMoveTo(userId: string, data: unknown): Promise<string | null> {
  const parsed = moveTo.safeParse(data);
  if (!parsed.success) return null;
  const live = await findSessionUser({ userId, sessionToken: parsed.data.sessionToken });
  return live ? parsed.data.sessionToken : null;
}
