import 'server-only';
/**
 * Sending a message on a live relationship: only its two people can, and the other is told.
 * A burst of messages tells the reader once, not once a line: no new notice (nor e-mail) while
 * one from the last few minutes is still unread. An older unread one does not hold the next
 * back: the reader may have read the thread on its page without opening the notice.
 */
import type { Actor } from '../auth/session';
import { ongoing } from '../connections/relationships';
import { notify } from '../connections/notify';
import { inTransaction } from '../connections/transaction';
import { deliverSoon } from '../email/deliver-soon';
import { consume } from '../rate-limit';
import type { SendMessageInput } from '@/lib/validation/messages';
import { MESSAGES_PER_USER } from './limits';

const BURST_MS = 15 * 60 * 1000;

export async function sendMessage(
  { actor, input }: { actor: Actor; input: SendMessageInput },
  now = new Date(),
) {
  const message = await inTransaction(async (tx) => {
    // Found first, so that a stranger is refused as "not found" without spending points.
    const relationship = await ongoing(tx, actor, input.relationshipId);
    await consume(MESSAGES_PER_USER, [actor.id], 'messages sent');
    const message = await tx.message.create({
      data: { relationshipId: relationship.id, authorId: actor.id, text: input.text },
      select: { id: true, createdAt: true },
    });
    const href = `/relationships/${relationship.id}#messages`;
    const waiting = await tx.notification.findFirst({
      where: {
        userId: relationship.other,
        kind: 'message-received',
        href,
        readAt: null,
        createdAt: { gt: new Date(now.getTime() - BURST_MS) },
      },
      select: { id: true },
    });
    if (!waiting)
      await notify(
        tx,
        relationship.other,
        'message-received',
        `${actor.name} sent you a message.`,
        href,
      );
    return { ...message, notified: !waiting };
  });
  if (message.notified) await deliverSoon();
  return message;
}
