import 'server-only';
/**
 * Opening a notification: it is marked read, then the browser goes where it leads. Someone
 * else's notification, one that no longer exists, or a signed-out caller get "not found".
 */
import { notFoundResponse, type RouteHandle } from '@/lib/server/actions/route-handle';
import { openNotification } from '@/lib/server/notifications/notifications';
import { siteOrigin } from '@/lib/server/site-origin';
import { notificationIdSchema } from '@/lib/validation/notifications';

export const openNotificationRoute: RouteHandle<{ notificationId: string }> = async ({
  actor,
  params,
}) => {
  const id = notificationIdSchema.safeParse(params.notificationId);
  if (!actor || !id.success) return notFoundResponse();
  const href = await openNotification({ actor, id: id.data });
  // Only a path on this site: a stored link never sends anyone elsewhere.
  if (!href || !href.startsWith('/') || href.startsWith('//')) return notFoundResponse();
  return Response.redirect(new URL(href, siteOrigin()), 303);
};
