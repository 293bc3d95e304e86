import 'server-only';
/**
 * Notifications: one in the product and one e-mail per event, both written in the same
 * transaction as the event itself. The e-mail goes to the outbox (lib/server/email), which a
 * worker delivers; it is short, plain and links back.
 */
import { LINK_LIFETIME, issueSignInLink } from '../auth/sign-in-links';
import type { EmailKind } from '@/lib/core/email/kinds';
import { queueEmail } from '../email/outbox';
import type { Tx } from './transaction';

export type NotificationKind =
  | 'request-received'
  | 'request-accepted'
  | 'invitation-half-accepted'
  | 'request-declined'
  | 'request-withdrawn'
  | 'request-detail-asked'
  | 'request-detail-answered'
  | 'request-expired'
  | 'request-reminder'
  | 'relationship-ended'
  | 'relationship-active'
  | 'check-in'
  | 'message-received';

export async function notify(
  tx: Tx,
  userId: string,
  kind: NotificationKind,
  text: string,
  href: string,
): Promise<void> {
  await tx.notification.create({ data: { userId, kind, text, href } });
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { email: true, emailVerified: true, passwordHash: true },
  });
  if (!user) return;
  // Someone a program imported may never have signed in: their e-mail's link signs them in,
  // the only way in they have until they choose a password.
  const unclaimed = !user.emailVerified && !user.passwordHash;
  const link = unclaimed
    ? await issueSignInLink(tx, {
        email: user.email,
        next: href,
        lifetimeSeconds: LINK_LIFETIME.invitation,
      })
    : href;
  await queueEmail(tx, {
    to: user.email,
    subject: SUBJECTS[kind],
    text,
    href: link,
    ...(unclaimed ? { button: 'Sign in and open it' } : {}),
    reader: { userId, kind: EMAIL_KINDS_OF[kind] },
  });
}

/** Which of the kinds a person chooses for (lib/core/email/kinds.ts) each notification is. */
const EMAIL_KINDS_OF: Record<NotificationKind, EmailKind> = {
  'request-received': 'REQUESTS',
  'request-accepted': 'REQUESTS',
  'invitation-half-accepted': 'REQUESTS',
  'request-declined': 'REQUESTS',
  'request-withdrawn': 'REQUESTS',
  'request-detail-asked': 'REQUESTS',
  'request-detail-answered': 'REQUESTS',
  'request-expired': 'REQUESTS',
  'request-reminder': 'REMINDERS',
  'relationship-ended': 'REQUESTS',
  'relationship-active': 'REQUESTS',
  'check-in': 'MESSAGES',
  'message-received': 'MESSAGES',
};

const SUBJECTS: Record<NotificationKind, string> = {
  'request-received': 'Someone asks for your help',
  'request-accepted': 'Your request was accepted',
  'invitation-half-accepted': 'One yes so far: yours is needed',
  'request-declined': 'An answer to your request',
  'request-withdrawn': 'A request was withdrawn',
  'request-detail-asked': 'A question about your request',
  'request-detail-answered': 'An answer to your question',
  'request-expired': 'Your request expired',
  'request-reminder': 'A request is waiting for you',
  'relationship-ended': 'A relationship has ended',
  'relationship-active': 'Your relationship is under way',
  'check-in': 'A new check-in',
  'message-received': 'A new message',
};
