import 'server-only';
/**
 * Whether a protégé may bring in a mentor or coach from outside. A program's admins choose
 * (Program.allowOutsideMentors, allowed unless they turn it off). The rule: a person in any
 * program that does not allow it may not invite from outside, whatever program governs their
 * requests, because that program asked for its cohort's mentoring to stay among its people;
 * archived programs no longer ask anything. Checked on sending and again on accepting, so
 * turning it off also stops invitations already on their way.
 */
import { AppError } from '../errors';
import type { Tx } from '../connections/transaction';

export async function assertOutsideAllowed(
  tx: Tx,
  protegeId: string,
  words: 'sender' | 'invitee',
): Promise<void> {
  const forbidding = await tx.programMember.findFirst({
    where: { userId: protegeId, program: { allowOutsideMentors: false, archivedAt: null } },
    select: { program: { select: { name: true } } },
    orderBy: { joinedAt: 'asc' },
  });
  if (!forbidding) return;
  throw new AppError(
    'CONFLICT',
    words === 'sender'
      ? `Your program ${forbidding.program.name} keeps mentoring and coaching among its own people, so you cannot invite someone from outside.`
      : 'This invitation can no longer be accepted: the program of the person who invited you keeps mentoring and coaching among its own people.',
  );
}
