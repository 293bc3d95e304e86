import Link from 'next/link';
import { getActor } from '@/lib/server/auth/session';
import { countUnread } from '@/lib/server/notifications/notifications';
import { runsAnyProgram } from '@/lib/server/programs/programs';

/** The header on every page. `signOut` is the app's sign-out action, passed in by the layout. */
export async function SiteHeader({ signOut }: { signOut: () => Promise<void> }) {
  const actor = await getActor();
  const unread = actor ? await countUnread({ actor }) : 0;
  const showPrograms = actor ? await runsAnyProgram(actor) : false;
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-3xl flex-wrap items-center gap-4 px-4 py-3"
      >
        <Link href="/" className="mr-auto font-semibold text-slate-900 no-underline">
          Pathfinder
        </Link>
        {actor ? (
          <>
            <Link href="/goals">Goals</Link>
            <Link href="/help">Help others</Link>
            <Link href="/requests">Requests</Link>
            <Link href="/notifications" data-testid="notifications-link">
              Notifications
              {unread > 0 && (
                <span className="ml-1 rounded-full bg-indigo-700 px-2 text-xs text-white">
                  {unread}
                  <span className="sr-only"> unread</span>
                </span>
              )}
            </Link>
            <Link href="/profile">Profile</Link>
            {showPrograms && <Link href="/programs">Programs</Link>}
            {actor.isPlatformAdmin && <Link href="/admin/accounts">Manage accounts</Link>}
            {actor.isPlatformAdmin && <Link href="/mailbox">Mailbox</Link>}
            <Link href="/account">Account</Link>
            <form action={signOut}>
              <button type="submit" className="text-indigo-800 hover:underline">
                Sign out
              </button>
            </form>
          </>
        ) : (
          <>
            <Link href="/sign-in">Sign in</Link>
            <Link href="/sign-up">Sign up</Link>
          </>
        )}
      </nav>
    </header>
  );
}
