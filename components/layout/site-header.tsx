import Link from 'next/link';
import { NavLink } from './nav-link';
import { getActor } from '@/lib/server/auth/session';
import { countUnread } from '@/lib/server/notifications/notifications';
import { runsAnyProgram } from '@/lib/server/programs/programs';

/**
 * The header on every page, with the section the page belongs to marked (for screen readers as
 * the current page). `signOut` is the app's sign-out action, passed in by the layout.
 */
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
            {/* A guest invited from outside has their relationships, not the platform's people. */}
            {!actor.isGuest && <NavLink href="/goals">Goals</NavLink>}
            {!actor.isGuest && <NavLink href="/help">Help others</NavLink>}
            <NavLink href="/requests">Requests</NavLink>
            <NavLink href="/notifications" data-testid="notifications-link">
              Notifications
              {unread > 0 && (
                <span className="ml-1 rounded-full bg-indigo-700 px-2 text-xs text-white">
                  {unread}
                  <span className="sr-only"> unread</span>
                </span>
              )}
            </NavLink>
            <NavLink href="/profile">Profile</NavLink>
            {showPrograms && <NavLink href="/programs">Programs</NavLink>}
            {actor.isPlatformAdmin && <NavLink href="/admin/accounts">Manage accounts</NavLink>}
            {actor.isPlatformAdmin && <NavLink href="/mailbox">Mailbox</NavLink>}
            <NavLink href="/account">Account</NavLink>
            <form action={signOut}>
              <button type="submit" className="text-indigo-800 hover:underline">
                Sign out
              </button>
            </form>
          </>
        ) : (
          <>
            <NavLink href="/sign-in">Sign in</NavLink>
            <NavLink href="/sign-up">Sign up</NavLink>
          </>
        )}
      </nav>
    </header>
  );
}
