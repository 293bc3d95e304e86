/**
 * A program to manage, for the program-management database tests: run by one admin, with
 * members who have profiles, and a platform admin. Test-only.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db';
import { createProgram } from '@/lib/server/programs/programs';
import { createActor } from '@/scripts/support/actors';
import { createTestProfile } from '@/scripts/support/people';

export async function platformAdmin(): Promise<Actor> {
  const actor = await createActor();
  await db.user.update({ where: { id: actor.id }, data: { isPlatformAdmin: true } });
  return { ...actor, isPlatformAdmin: true };
}

/** `memberCount` members, each with a profile offering both kinds of help. */
export async function buildManagedProgram(memberCount = 2) {
  const [owner, admin] = [await platformAdmin(), await createActor()];
  const program = await createProgram({
    actor: owner,
    input: { name: `Managed ${randomUUID()}`, description: '', adminEmails: [admin.email] },
  });
  const members: Actor[] = [];
  for (let i = 0; i < memberCount; i++) {
    const member = await createActor();
    await createTestProfile(db, member.id, { offers: 'BOTH', capacity: 3, jobTitle: 'Director' });
    await db.programMember.create({ data: { programId: program.id, userId: member.id } });
    members.push(member);
  }
  return { owner, admin, program, members };
}

export const auditActions = async (programId: string) =>
  (await db.auditEntry.findMany({ where: { programId }, orderBy: { at: 'asc' } })).map(
    (entry) => entry.action,
  );
