/**
 * Opening a notification: it is marked read, then the browser goes where it leads. One that is
 * not the caller's (or no longer exists) leads back to the list, saying nothing about it.
 */
import { NextResponse } from 'next/server';
import { signInPath } from '@/lib/core/auth/return-path';
import { getActor } from '@/lib/server/auth/session';
import { openNotification } from '@/lib/server/notifications/notifications';
import { siteOrigin } from '@/lib/server/site-origin';
import { notificationIdSchema } from '@/lib/validation/notifications';

const goTo = (path: string) => NextResponse.redirect(new URL(path, siteOrigin()), 303);

export async function GET(_: Request, { params }: { params: Promise<{ notificationId: string }> }) {
  const id = notificationIdSchema.safeParse((await params).notificationId);
  const actor = await getActor();
  if (!actor) return goTo(signInPath(id.success ? `/notifications/${id.data}` : '/notifications'));
  const href = id.success ? await openNotification({ actor, id: id.data }) : null;
  // Only a path on this site: a stored link never sends anyone elsewhere.
  return goTo(href && href.startsWith('/') && !href.startsWith('//') ? href : '/notifications');
}
