import 'server-only';
/**
 * Who is calling. Pages and actions ask here, never the JWT directly: the user is re-read from
 * the database, so a deleted account stops working with its next request.
 */
import { cache } from 'react';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signInPath } from '@/lib/core/auth/return-path';
import { db } from '../db';
import { auth } from './auth';

export interface Actor {
  id: string;
  name: string;
  email: string;
  isPlatformAdmin: boolean;
}

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, isPlatformAdmin: true },
  });
});

export async function requireUser(): Promise<Actor> {
  const actor = await getActor();
  // proxy.ts notes the path asked for; sign-in comes back to it.
  if (!actor) redirect(signInPath((await headers()).get('x-pathname')));
  return actor;
}
