import 'server-only';
/**
 * Leaving a program, or being removed from it by its admins. Either way the person's open
 * invitations from the program (published, still waiting for both yeses) are withdrawn and
 * the people on the other side told; someone removed is told too. Relationships already
 * under way are the two people's own and go on. The membership row is deleted first: a
 * publish checks it with a share lock (assertStillMembers), so a publish under way finishes
 * before the withdrawal looks for open invitations, and a later one finds them gone.
 */
import type { Actor } from '../auth/session';
import { notify } from '../connections/notify';
import { kindWord } from '../connections/sides';
import { inTransaction, type Tx } from '../connections/transaction';
import { db } from '../db';
import { AppError, notFound } from '../errors';
import { recordAudit } from './audit';
import { lockOpenProgram } from './open-program';

async function endMembership(
  tx: Tx,
  program: { id: string; name: string },
  userId: string,
  removedBy: Actor | null,
): Promise<{ withdrawn: number } | null> {
  const { count } = await tx.programMember.deleteMany({
    where: { programId: program.id, userId },
  });
  if (count === 0) return null;
  const open = await tx.connectionRequest.findMany({
    where: {
      programId: program.id,
      origin: 'PROGRAM',
      status: 'OPEN',
      OR: [{ protegeId: userId }, { supporterId: userId }],
    },
    select: {
      id: true,
      kind: true,
      protegeId: true,
      supporterId: true,
      protege: { select: { name: true } },
      supporter: { select: { name: true } },
    },
  });
  await tx.connectionRequest.updateMany({
    where: { id: { in: open.map((invitation) => invitation.id) }, status: 'OPEN' },
    data: { status: 'WITHDRAWN', respondedAt: new Date() },
  });
  for (const invitation of open) {
    const leaverIsProtege = invitation.protegeId === userId;
    const leaver = leaverIsProtege ? invitation.protege.name : invitation.supporter.name;
    const role = leaverIsProtege ? 'protégé' : kindWord(invitation.kind);
    await notify(
      tx,
      leaverIsProtege ? invitation.supporterId : invitation.protegeId,
      'request-withdrawn',
      `${leaver} is no longer in ${program.name}, so its invitation to work with them as your ${role} is withdrawn.`,
      `/requests/${invitation.id}`,
    );
  }
  if (removedBy && open.length > 0)
    await notify(
      tx,
      userId,
      'request-withdrawn',
      `You are no longer in ${program.name}, so its ${open.length === 1 ? 'open invitation to you is' : `${open.length} open invitations to you are`} withdrawn.`,
      '/requests',
    );
  return { withdrawn: open.length };
}

/** An admin removes a member from the program. */
export async function removeMember({
  actor,
  input,
}: {
  actor: Actor;
  input: { programId: string; userId: string };
}): Promise<{ withdrawn: number }> {
  return inTransaction(async (tx) => {
    const program = await lockOpenProgram(tx, actor, input.programId);
    const ended = await endMembership(tx, program, input.userId, actor);
    if (!ended) throw notFound('member');
    await recordAudit(tx, {
      programId: program.id,
      actor,
      action: 'member-removed',
      before: { userId: input.userId },
      after: ended,
    });
    return ended;
  });
}

/** A member leaves a program of their own accord (an archived one too: it is their choice). */
export async function leaveProgram({
  actor,
  input,
}: {
  actor: Actor;
  input: { programId: string };
}): Promise<{ withdrawn: number; programName: string }> {
  return inTransaction(async (tx) => {
    const program = await tx.program.findFirst({
      where: { id: input.programId, members: { some: { userId: actor.id } } },
      select: { id: true, name: true },
    });
    if (!program) throw notFound('program');
    const ended = await endMembership(tx, program, actor.id, null);
    if (!ended) throw notFound('program');
    await recordAudit(tx, {
      programId: program.id,
      actor,
      action: 'member-left',
      before: { userId: actor.id },
      after: ended,
    });
    return { ...ended, programName: program.name };
  });
}

/**
 * Publishing asks only people still in the program. Share locks on their membership rows
 * hold off a removal or leaving until this invitation is written, so it is withdrawn with
 * the rest.
 */
export async function assertStillMembers(
  tx: Tx,
  programId: string,
  people: { id: string; name: string }[],
): Promise<void> {
  const ids = people.map((person) => person.id);
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "ProgramMember"
    WHERE "programId" = ${programId} AND "userId" = ANY(${ids}) FOR SHARE`;
  const gone = people.filter((person) => !rows.some((row) => row.userId === person.id));
  if (gone.length > 0)
    throw new AppError(
      'CONFLICT',
      `${gone.map((person) => person.name).join(' and ')} ${gone.length === 1 ? 'is' : 'are'} no longer in the program.`,
    );
}

/** The programs someone is a member of, for their account page. */
export function listMyPrograms({ actor }: { actor: Actor }) {
  return db.programMember.findMany({
    where: { userId: actor.id },
    orderBy: { joinedAt: 'desc' },
    select: {
      joinedAt: true,
      program: { select: { id: true, name: true, archivedAt: true } },
    },
  });
}
