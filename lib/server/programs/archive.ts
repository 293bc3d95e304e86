import 'server-only';
/**
 * Archiving a program once it is over: from then on it is read-only (no runs, imports,
 * decisions, publishing or settings; every change refuses it, see open-program.ts) and it
 * leaves the lists of programs, though its admins can still open it among the archived ones.
 * Invitations already sent stay open: the two people may still say yes. Not while a run is
 * under way: its proposals would land in a program that can no longer review them.
 */
import type { Actor } from '../auth/session';
import { inTransaction } from '../connections/transaction';
import { AppError } from '../errors';
import { recordAudit } from './audit';
import { lockOpenProgram } from './open-program';

export async function archiveProgram({
  actor,
  input,
}: {
  actor: Actor;
  input: { programId: string };
}): Promise<{ archivedAt: Date }> {
  return inTransaction(async (tx) => {
    const program = await lockOpenProgram(tx, actor, input.programId, 'update');
    const underWay = await tx.matchingRun.findFirst({
      where: { activeProgramId: program.id },
      select: { id: true },
    });
    if (underWay)
      throw new AppError(
        'CONFLICT',
        'A matching run is under way. Wait for it to finish, or cancel it, then archive.',
      );
    const archivedAt = new Date();
    await tx.program.update({ where: { id: program.id }, data: { archivedAt } });
    await recordAudit(tx, {
      programId: program.id,
      actor,
      action: 'program-archived',
      after: { archivedAt: archivedAt.toISOString() },
    });
    return { archivedAt };
  });
}
