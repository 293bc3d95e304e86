/** Test helpers that turn a factory-made user into the actor the data layer expects. */
import type { Actor } from '../auth/session';
import { db } from '../db';
import { createTestUser } from './factories';

export async function createActor(): Promise<Actor & { password: string }> {
  const user = await createTestUser(db);
  return { ...user, isPlatformAdmin: false };
}
