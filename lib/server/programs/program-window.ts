import 'server-only';
/**
 * Setting a program's window: its first and last day. Runs start and invitations go out only
 * inside it (open-program.ts checks each), so a program can be prepared before it opens and
 * stops asking people once it is over. The schema has checked that the end comes after the
 * start.
 */
import { dayValue } from '@/lib/core/programs/window';
import type { ProgramWindowInput } from '@/lib/validation/program-management';
import type { Actor } from '../auth/session';
import { inTransaction } from '../connections/transaction';
import { recordAudit } from './audit';
import { lockOpenProgram } from './open-program';

export async function updateProgramWindow({
  actor,
  input,
}: {
  actor: Actor;
  input: ProgramWindowInput;
}): Promise<{ programId: string }> {
  return inTransaction(async (tx) => {
    // For update: a run starting or a publish under way sees the old window or the new one.
    const program = await lockOpenProgram(tx, actor, input.programId, 'update');
    await tx.program.update({
      where: { id: program.id },
      data: { startsOn: input.startsOn, endsOn: input.endsOn },
    });
    const days = (window: { startsOn: Date | null; endsOn: Date | null }) => ({
      startsOn: dayValue(window.startsOn) || null,
      endsOn: dayValue(window.endsOn) || null,
    });
    await recordAudit(tx, {
      programId: program.id,
      actor,
      action: 'window-changed',
      before: days(program),
      after: days(input),
    });
    return { programId: program.id };
  });
}
