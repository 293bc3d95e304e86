/**
 * A factory-made user as the actor the data layer expects. World-building shared by tests and
 * scripts (bench:program), so it lives with the scripts: production code never imports it.
 */
import type { Actor } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db';
import { createTestUser } from './people';

export async function createActor(): Promise<Actor & { password: string }> {
  const user = await createTestUser(db);
  return { ...user, isPlatformAdmin: false };
}
