/** Test helpers that turn a factory-made user into the actor the data layer expects. */
import type { Actor } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db';
import { createTestUser } from './people';

export async function createActor(): Promise<Actor & { password: string }> {
  const user = await createTestUser(db);
  return { ...user, isPlatformAdmin: false };
}
