import type { Metadata } from 'next';
import { ActionButton } from '@/components/forms/action-button';
import { PageHeading } from '@/components/layout/page-heading';
import { dateWords } from '@/components/connections/words';
import { requireUser } from '@/lib/server/auth/session';
import { listOwnNotifications } from '@/lib/server/notifications/notifications';
import { markAllReadAction } from '@/app/connections/actions';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const actor = await requireUser();
  const notifications = await listOwnNotifications({ actor });
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <>
      <PageHeading title="Notifications" />
      {unread > 0 && (
        <div className="mb-4">
          <ActionButton action={markAllReadAction} fields={{}} label="Mark all as read" />
        </div>
      )}
      {notifications.length === 0 ? (
        <p>Nothing yet. Requests, answers and check-ins will show up here.</p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="notifications">
          {notifications.map((n) => (
            <li
              key={n.id}
              className={`rounded border p-3 ${n.readAt ? 'border-slate-200 bg-white' : 'border-indigo-300 bg-indigo-50'}`}
            >
              {!n.readAt && <span className="sr-only">Unread: </span>}
              {/* Through the notification, so opening it marks it read; a whole page load, so
                  the header's unread count is counted again. */}
              <a href={`/notifications/${n.id}`}>{n.text}</a>
              <span className="ml-2 text-sm text-slate-600">{dateWords(n.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
