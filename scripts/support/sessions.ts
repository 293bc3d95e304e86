/**
 * A signed-in session without the sign-in form, for browser tests and the load test: the
 * Session row the app checks on every request (lib/server/auth/session-record.ts) and the
 * cookie that names it, sealed as Auth.js seals its own. Without the row the app would see a
 * cookie of a session that was ended, and treat the browser as signed out.
 */
import { randomBytes } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/core/accounts/session-lifetime';
import type { Db } from '@/lib/node/prisma-client';

/** The cookie's name over plain http, as the tests and the load test run the app. */
export const SESSION_COOKIE = 'authjs.session-token';

/** The server-side record alone, as a sign-in makes it; returns the token the JWT carries. */
export async function createSessionRecord(
  prisma: Pick<Db, 'session'>,
  userId: string,
): Promise<string> {
  const sessionToken = randomBytes(32).toString('base64url');
  await prisma.session.create({
    data: { sessionToken, userId, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
  });
  return sessionToken;
}

/** A record and the cookie that carries it: a browser given the cookie is signed in. */
export async function forgeSession(
  prisma: Pick<Db, 'session'>,
  user: { id: string; name: string; email: string },
  secret: string,
): Promise<{ name: string; value: string; sessionToken: string }> {
  const sessionToken = await createSessionRecord(prisma, user.id);
  const value = await encode({
    token: { sub: user.id, name: user.name, email: user.email, sid: sessionToken },
    secret,
    salt: SESSION_COOKIE,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return { name: SESSION_COOKIE, value, sessionToken };
}
