import 'server-only';
/**
 * The caller's own notifications: newest first, with the unread count for the header. A
 * notification is read once it is opened, or once its page is visited some other way.
 */
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

/** Opens one of the caller's notifications: marks it read and says where it leads. */
export async function openNotification({ actor, id }: { actor: Actor; id: string }) {
  const notification = await db.notification.findFirst({
    where: { id, userId: actor.id },
    select: { href: true, readAt: true },
  });
  if (!notification) return null;
  if (!notification.readAt)
    await db.notification.updateMany({
      where: { id, userId: actor.id, readAt: null },
      data: { readAt: new Date() },
    });
  return notification.href;
}

/** Marks read what the caller was told about a page, once they are on it. */
export async function markReadFor({ actor, href }: { actor: Actor; href: string }) {
  await db.notification.updateMany({
    where: { userId: actor.id, href, readAt: null },
    data: { readAt: new Date() },
  });
}
