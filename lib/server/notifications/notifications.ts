import 'server-only';
/** The caller's own notifications: newest first, with the unread count for the header. */
import type { Actor } from '../auth/session';
import { db } from '../db';

export function listOwnNotifications({ actor }: { actor: Actor }) {
  return db.notification.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, kind: true, text: true, href: true, readAt: true, createdAt: true },
  });
}

export function countUnread({ actor }: { actor: Actor }) {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

export async function markAllRead({ actor }: { actor: Actor }) {
  await db.notification.updateMany({
    where: { userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
}
