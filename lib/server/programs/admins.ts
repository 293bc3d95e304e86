import 'server-only';
/**
 * A program's admins: any admin may add another or remove one, and a program always keeps at
 * least one. Someone is added by e-mail. A program admin may add only the program's own
 * members, people the People page shows them already, so the answer for any other address
 * ("no member has it") is the same whether or not it has an account; a platform admin, who
 * sees every account anyway, may add anyone with one.
 */
import type { AddAdminInput } from '@/lib/validation/program-management';
import type { Actor } from '../auth/session';
import { inTransaction } from '../connections/transaction';
import { AppError, notFound } from '../errors';
import { recordAudit } from './audit';
import { lockOpenProgram } from './open-program';

export async function addProgramAdmin({
  actor,
  input,
}: {
  actor: Actor;
  input: AddAdminInput;
}): Promise<{ userId: string; name: string }> {
  return inTransaction(async (tx) => {
    const program = await lockOpenProgram(tx, actor, input.programId);
    const person = await tx.user.findFirst({
      where: {
        email: input.email,
        ...(actor.isPlatformAdmin
          ? {}
          : { programMemberships: { some: { programId: program.id } } }),
      },
      select: { id: true, name: true },
    });
    if (!person)
      throw new AppError(
        'INVALID',
        actor.isPlatformAdmin
          ? 'No account has this e-mail address. They need to sign up first.'
          : 'No member of this program has this e-mail address. Only members can be made admins: send them the invitation link first.',
        'email',
      );
    const existing = await tx.programAdmin.findUnique({
      where: { programId_userId: { programId: program.id, userId: person.id } },
      select: { userId: true },
    });
    if (existing)
      throw new AppError(
        'CONFLICT',
        `${person.name} is an admin of this program already.`,
        'email',
      );
    await tx.programAdmin.create({ data: { programId: program.id, userId: person.id } });
    await recordAudit(tx, {
      programId: program.id,
      actor,
      action: 'admin-added',
      after: { userId: person.id },
    });
    return { userId: person.id, name: person.name };
  });
}

export async function removeProgramAdmin({
  actor,
  input,
}: {
  actor: Actor;
  input: { programId: string; userId: string };
}): Promise<{ removedSelf: boolean }> {
  return inTransaction(async (tx) => {
    // For update: two admins removing each other at once must not leave the program with none.
    const program = await lockOpenProgram(tx, actor, input.programId, 'update');
    const admins = await tx.programAdmin.findMany({
      where: { programId: program.id },
      select: { userId: true },
    });
    if (!admins.some((admin) => admin.userId === input.userId)) throw notFound('admin');
    if (admins.length === 1)
      throw new AppError(
        'CONFLICT',
        'A program needs at least one admin. Add another admin before removing this one.',
      );
    await tx.programAdmin.delete({
      where: { programId_userId: { programId: program.id, userId: input.userId } },
    });
    await recordAudit(tx, {
      programId: program.id,
      actor,
      action: 'admin-removed',
      before: { userId: input.userId },
    });
    return { removedSelf: input.userId === actor.id };
  });
}
