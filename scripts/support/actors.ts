/**
 * A factory-made user as the actor the data layer expects, signed in with a session record of
 * its own as a browser would be. World-building shared by tests and scripts (bench:program),
 * so it lives with the scripts: production code never imports it.
 */
import type { Actor } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db';
import { createTestUser } from './people';
import { createSessionRecord } from './sessions';

export async function createActor(): Promise<Actor & { password: string; sessionToken: string }> {
  const user = await createTestUser(db);
  const sessionToken = await createSessionRecord(db, user.id);
  return { ...user, isPlatformAdmin: false, sessionToken };
}
