import 'server-only';
/**
 * Joining a program by its invitation link: anyone signed in who has the link may enrol
 * themselves (the link is the right, like a shared calendar link), and admins can retire a
 * link that travelled too far by making a new one. This is how people who already have an
 * account come into a program, since an import never rewrites someone's own profile.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { AppError, notFound } from '../errors';
import { refuseGuest } from '../outside/guests';
import { recordAudit } from './audit';
import { lockOpenProgram } from './open-program';

export async function findProgramToJoin({ actor, code }: { actor: Actor; code: string }) {
  const program = await db.program.findUnique({
    where: { joinCode: code },
    select: {
      id: true,
      name: true,
      description: true,
      archivedAt: true,
      members: { where: { userId: actor.id }, select: { userId: true } },
    },
  });
  if (!program) return null;
  const { members, archivedAt, ...shown } = program;
  return { ...shown, joined: members.length > 0, archived: archivedAt !== null };
}

export async function joinProgram({
  actor,
  input,
}: {
  actor: Actor;
  input: { code: string };
}): Promise<{ programId: string }> {
  // Programs are for members: a guest saves a full profile before joining one.
  await refuseGuest(actor, 'invitation link');
  const program = await db.program.findUnique({
    where: { joinCode: input.code },
    select: { id: true, archivedAt: true },
  });
  if (!program) throw notFound('invitation link');
  if (program.archivedAt)
    throw new AppError('CONFLICT', 'This program is archived: it no longer takes new members.');
  await db.programMember.upsert({
    where: { programId_userId: { programId: program.id, userId: actor.id } },
    create: { programId: program.id, userId: actor.id },
    update: {},
  });
  return { programId: program.id };
}

export async function renewJoinCode({
  actor,
  input,
}: {
  actor: Actor;
  input: { programId: string };
}): Promise<void> {
  await db.$transaction(async (tx) => {
    const program = await lockOpenProgram(tx, actor, input.programId, 'update');
    await tx.program.update({ where: { id: program.id }, data: { joinCode: randomUUID() } });
    // The codes themselves stay out of the log: it is read by every admin of the program.
    await recordAudit(tx, { programId: program.id, actor, action: 'join-link-renewed' });
  });
}
