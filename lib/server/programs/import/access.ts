import 'server-only';
/** The gate of every import and export: the program, if the caller runs it; else "not found". */
import type { Db } from '../../db';
import type { Actor } from '../../auth/session';
import { notFound } from '../../errors';
import { archivedRefusal } from '../open-program';
import { runBy } from '../run-by';

export async function requireRunProgram(
  client: Pick<Db, 'program'>,
  actor: Actor,
  programId: string,
): Promise<{ id: string; name: string }> {
  const program = await client.program.findFirst({
    where: { id: programId, ...runBy(actor) },
    select: { id: true, name: true },
  });
  if (!program) throw notFound('program');
  return program;
}

/** The same gate for changes (imports, invitations): an archived program is refused. */
export async function requireOpenProgram(
  client: Pick<Db, 'program'>,
  actor: Actor,
  programId: string,
): Promise<{ id: string; name: string }> {
  const program = await client.program.findFirst({
    where: { id: programId, ...runBy(actor) },
    select: { id: true, name: true, archivedAt: true },
  });
  if (!program) throw notFound('program');
  if (program.archivedAt) throw archivedRefusal();
  return { id: program.id, name: program.name };
}
