/** Test helpers for programs: a platform admin, a program with its admin, enrolled people. */
import type { Actor } from '@/lib/server/auth/session';
import { createSupporter, createProtege } from '../db/connections';
import { db } from '@/lib/server/db';
import { createActor } from '@/scripts/support/actors';
import { createProgram } from '@/lib/server/programs/programs';

export async function createPlatformAdmin(): Promise<Actor> {
  const actor = await createActor();
  await db.user.update({ where: { id: actor.id }, data: { isPlatformAdmin: true } });
  return { ...actor, isPlatformAdmin: true };
}

/** A program run by a fresh admin, with one protégé (a goal needing both kinds) and supporters. */
export async function createCohort(supporters = 3) {
  const owner = await createPlatformAdmin();
  const admin = await createActor();
  const { id: programId } = await createProgram({
    actor: owner,
    input: {
      name: `Program ${admin.id}`,
      description: '',
      adminEmails: [admin.email],
    },
  });
  const protege = await createProtege();
  const helpers = [];
  for (let at = 0; at < supporters; at++) helpers.push(await createSupporter(1));
  await db.programMember.createMany({
    data: [protege.actor, ...helpers].map((person) => ({ programId, userId: person.id })),
  });
  return { programId, admin, protege, supporters: helpers };
}
