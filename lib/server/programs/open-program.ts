import 'server-only';
/**
 * The gate of every change to a program: the program, if the caller runs it (else "not
 * found"), locked for the rest of the transaction and refused once archived. Changes take the
 * row in share mode, so they run side by side; archiving, changing the window and removing
 * an admin take it for update, so none of them can slip between another change's check and
 * its write. A change that writes the program's own row takes it for update too: two share
 * locks each waiting to write would deadlock.
 */
import { outsideWindowWords } from '@/lib/core/programs/window';
import type { Actor } from '../auth/session';
import type { Tx } from '../connections/transaction';
import { AppError, notFound } from '../errors';
import { runBy } from './run-by';

export interface OpenProgram {
  id: string;
  name: string;
  expireAfterDays: number;
  startsOn: Date | null;
  endsOn: Date | null;
}

export const archivedRefusal = () =>
  new AppError('CONFLICT', 'This program is archived: it can be read, but no longer changed.');

/** Locks a program the caller may run, by id, and refuses it if archived. */
export async function lockOpenProgram(
  tx: Tx,
  actor: Actor,
  programId: string,
  mode: 'share' | 'update' = 'share',
): Promise<OpenProgram> {
  const scoped = await tx.program.findFirst({
    where: { id: programId, ...runBy(actor) },
    select: { id: true },
  });
  if (!scoped) throw notFound('program');
  return lockOpenProgramById(tx, scoped.id, mode);
}

/** The same lock for a program already found through the caller's scope (a run, a proposal). */
export async function lockOpenProgramById(
  tx: Tx,
  programId: string,
  mode: 'share' | 'update' = 'share',
): Promise<OpenProgram> {
  if (mode === 'update')
    await tx.$queryRaw`SELECT 1 FROM "Program" WHERE "id" = ${programId} FOR UPDATE`;
  else await tx.$queryRaw`SELECT 1 FROM "Program" WHERE "id" = ${programId} FOR SHARE`;
  const program = await tx.program.findUniqueOrThrow({
    where: { id: programId },
    select: {
      id: true,
      name: true,
      expireAfterDays: true,
      startsOn: true,
      endsOn: true,
      archivedAt: true,
    },
  });
  const { archivedAt, ...open } = program;
  if (archivedAt) throw archivedRefusal();
  return open;
}

/** Runs start and invitations go out only inside the program's window. */
export function assertInsideWindow(program: OpenProgram, now: Date = new Date()): void {
  const outside = outsideWindowWords(program, now);
  if (outside) throw new AppError('CONFLICT', outside);
}
