import 'server-only';
/**
 * The e-mail an invited person gets: who asks, for what kind of help, their note, and a link
 * that signs them in and lands on the invitation. The same words and the same kind of link
 * whether or not the address has an account (following it makes a guest account only if there
 * is none), so nothing about the address shows in what the sender does or sees.
 */
import { LINK_LIFETIME, issueSignInLink } from '../auth/sign-in-links';
import { kindWord } from '../connections/sides';
import type { Tx } from '../connections/transaction';
import { queueEmail } from '../email/outbox';
import { invitationPath } from './token';

const DAY_SECONDS = 24 * 60 * 60;

export async function mailOutsideInvitation(
  tx: Tx,
  invitation: {
    email: string;
    token: string;
    kind: 'MENTOR' | 'COACH';
    note: string;
    protegeName: string;
    expiresAt: Date;
    now: Date;
  },
): Promise<void> {
  const seconds = Math.floor((invitation.expiresAt.getTime() - invitation.now.getTime()) / 1000);
  const lifetimeSeconds = Math.min(Math.max(seconds, 60), LINK_LIFETIME.invitation);
  const href = await issueSignInLink(tx, {
    email: invitation.email,
    next: invitationPath(invitation.token),
    lifetimeSeconds,
  });
  const days = Math.max(1, Math.round(seconds / DAY_SECONDS));
  const kind = kindWord(invitation.kind);
  await queueEmail(tx, {
    to: invitation.email,
    subject: `${invitation.protegeName} asks you to be their ${kind}`,
    button: 'Sign in and see the invitation',
    text: [
      `${invitation.protegeName} uses Pathfinder to find help with a goal, and would like you to be their ${kind} for it. They wrote:`,
      invitation.note,
      `Follow the link to see the goal and say yes or no. You need no profile for it: if you say yes, the two of you get a page of your own for your conversations and meetings. The link works once; the invitation is open for ${days} day${days === 1 ? '' : 's'}.`,
      'If you do not know them or do not want this, ignore this e-mail: nothing happens.',
    ].join('\n\n'),
    href,
  });
}
