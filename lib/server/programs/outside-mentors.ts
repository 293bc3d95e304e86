import 'server-only';
/**
 * A program's choice about mentors and coaches from outside: whether its members may invite
 * someone by e-mail (lib/server/outside/policy.ts applies it on sending and on accepting).
 * Relationships that have started stay; only invitations still to be sent or answered stop.
 */
import type { OutsideMentorsInput } from '@/lib/validation/program-management';
import type { Actor } from '../auth/session';
import { inTransaction } from '../connections/transaction';
import { recordAudit } from './audit';
import { lockOpenProgram } from './open-program';

export async function setOutsideMentors({
  actor,
  input,
}: {
  actor: Actor;
  input: OutsideMentorsInput;
}): Promise<{ programId: string }> {
  return inTransaction(async (tx) => {
    const program = await lockOpenProgram(tx, actor, input.programId, 'update');
    const before = await tx.program.findUniqueOrThrow({
      where: { id: program.id },
      select: { allowOutsideMentors: true },
    });
    await tx.program.update({
      where: { id: program.id },
      data: { allowOutsideMentors: input.allowOutsideMentors },
    });
    await recordAudit(tx, {
      programId: program.id,
      actor,
      action: 'outside-mentors-changed',
      before,
      after: { allowOutsideMentors: input.allowOutsideMentors },
    });
    return { programId: program.id };
  });
}
