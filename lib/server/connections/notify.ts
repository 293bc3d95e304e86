import 'server-only';
/** In-product notifications, written in the same transaction as the event they tell of. */
import type { Tx } from './transaction';

export type NotificationKind =
  | 'request-received'
  | 'request-accepted'
  | 'request-declined'
  | 'request-withdrawn'
  | 'request-detail-asked'
  | 'request-detail-answered'
  | 'request-expired'
  | 'request-reminder'
  | 'relationship-ended'
  | 'relationship-active'
  | 'check-in';

export async function notify(
  tx: Tx,
  userId: string,
  kind: NotificationKind,
  text: string,
  href: string,
): Promise<void> {
  await tx.notification.create({ data: { userId, kind, text, href } });
}
