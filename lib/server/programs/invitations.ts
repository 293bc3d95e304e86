import 'server-only';
/**
 * Program invitations: the e-mail that tells someone a program has made them an account, with
 * a link that signs them in (they have no password). Sent to everyone an import creates, in
 * the import's own transaction, and again when an admin asks from the People page.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '../auth/session';
import { makeSignInLink } from '../auth/sign-in-links';
import { db } from '../db';
import { deliverSoon } from '../email/deliver-soon';
import { AppError } from '../errors';
import { consume } from '../rate-limit';
import { recordAudit } from './audit';
import { lockOpenProgram } from './open-program';
import { programInvitation } from '../auth/sign-in-mail';
import { emailBody, queueEmail } from '../email/outbox';
import { insertRows } from './import/bulk-sql';
import { idMaker } from './import/ids';

type Tx = Prisma.TransactionClient;

interface Program {
  programId: string;
  programName: string;
  /** The admin's name, as the invitation's sender. */
  invitedBy: string;
}

/** Invites many at once (a whole imported cohort): two bulk inserts, however many people. */
export async function invitePeople(tx: Tx, program: Program, emails: readonly string[]) {
  const letter = programInvitation(program);
  const newId = idMaker();
  const links = emails.map((email) => ({ email, ...makeSignInLink({ email, ...letter }) }));
  await insertRows(
    tx,
    'VerificationToken',
    links.map((link) => link.stored),
  );
  await insertRows(
    tx,
    'EmailMessage',
    links.map((link) => ({
      id: newId(),
      to: link.email,
      subject: letter.subject,
      text: emailBody(letter.text, link.url),
      template: 'notice',
      fields: { message: letter.text, url: link.url, button: 'Sign in' },
    })),
  );
  return links.length;
}

/** Plenty for chasing a cohort by hand; a wall for a script mailing everyone. */
const RESENDS_PER_ADMIN = { name: 'invitation-resend:user', points: 100, durationSeconds: 3600 };

/**
 * An admin sends a member's invitation again, with a fresh link: for someone whose link
 * expired or was lost. Only for members who have never signed in; the others have a way in.
 */
export async function resendInvitation({
  actor,
  programId,
  userId,
}: {
  actor: Actor;
  programId: string;
  userId: string;
}): Promise<void> {
  await consume(RESENDS_PER_ADMIN, [actor.id], 'invitations sent again');
  await db.$transaction(async (tx) => {
    const program = await lockOpenProgram(tx, actor, programId);
    const member = await tx.programMember.findUnique({
      where: { programId_userId: { programId, userId } },
      select: { user: { select: { email: true, emailVerified: true, passwordHash: true } } },
    });
    if (!member) throw new AppError('NOT_FOUND', 'That person is not a member of this program.');
    const { email, emailVerified, passwordHash } = member.user;
    if (emailVerified || passwordHash)
      throw new AppError('CONFLICT', 'They have signed in already: they can always sign in again.');
    const letter = programInvitation({
      programId,
      programName: program.name,
      invitedBy: actor.name,
    });
    const link = makeSignInLink({ email, ...letter });
    await tx.verificationToken.create({ data: link.stored });
    await queueEmail(tx, {
      to: email,
      subject: letter.subject,
      text: letter.text,
      href: link.url,
      button: 'Sign in',
    });
    await recordAudit(tx, { programId, actor, action: 'invitation-resent', after: { userId } });
  });
  await deliverSoon();
}
