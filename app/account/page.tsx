import type { Metadata } from 'next';
import Link from 'next/link';
import { Notice } from '@/components/layout/notice';
import { PageHeading } from '@/components/layout/page-heading';
import { requireUser } from '@/lib/server/auth/session';
import { hasPassword } from '@/lib/server/accounts/set-password';
import { MyPrograms } from '@/components/programs/my-programs';
import { listMyPrograms } from '@/lib/server/programs/membership';
import { leaveProgramAction } from '@/app/programs/actions';
import {
  ChangePasswordForm,
  DeleteAccountForm,
  SetPasswordForm,
  SignOutEverywhereButton,
} from './account-forms';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ password?: string | string[]; left?: string | string[] }>;
}) {
  const actor = await requireUser();
  const { password: passwordDone, left } = await searchParams;
  const [withPassword, memberships] = await Promise.all([
    hasPassword(actor.id),
    listMyPrograms({ actor }),
  ]);
  return (
    <>
      <PageHeading title="Your account">Signed in as {actor.email}.</PageHeading>
      {passwordDone === 'changed' && (
        <Notice>Your password is changed, and you are signed out everywhere else.</Notice>
      )}
      {passwordDone === 'set' && (
        <Notice>Your password is set. You can sign in with it, or with a link as before.</Notice>
      )}
      {left === '1' && (
        <Notice>You have left the program. Its open invitations to you are withdrawn.</Notice>
      )}
      <section aria-labelledby="password-heading" className="mb-10">
        <h2 id="password-heading" className="mb-4 text-xl font-semibold">
          {withPassword ? 'Change your password' : 'Choose a password'}
        </h2>
        {withPassword ? (
          <ChangePasswordForm />
        ) : (
          <>
            <p className="mb-4 text-slate-700">
              You sign in with links we e-mail you. Choose a password to sign in without waiting for
              one; links keep working too.
            </p>
            <SetPasswordForm />
          </>
        )}
      </section>
      <section aria-labelledby="emails-heading" className="mb-10">
        <h2 id="emails-heading" className="mb-2 text-xl font-semibold">
          Your e-mails
        </h2>
        <p className="mb-4 text-slate-700">
          Choose which e-mails you get at once, which in a daily digest, and which not at all.
        </p>
        <Link href="/account/email" className="text-indigo-700 underline">
          Choose your e-mails
        </Link>
      </section>
      <section aria-labelledby="sessions-heading" className="mb-10">
        <h2 id="sessions-heading" className="mb-2 text-xl font-semibold">
          Where you are signed in
        </h2>
        <p className="mb-4 text-slate-700">
          Signed in on a computer you no longer use, or worried someone else is? End every session
          at once. Changing your password also signs out everywhere but here.
        </p>
        <SignOutEverywhereButton />
      </section>
      <section aria-labelledby="programs-heading" className="mb-10">
        <h2 id="programs-heading" className="mb-2 text-xl font-semibold">
          Your programs
        </h2>
        <p className="mb-4 text-slate-700">
          A program’s admins match its members and may update their profiles, career steps and
          goals. You can leave a program at any time.
        </p>
        <MyPrograms
          programs={memberships.map(({ program }) => ({
            id: program.id,
            name: program.name,
            archived: program.archivedAt !== null,
          }))}
          leave={leaveProgramAction}
        />
      </section>
      <section aria-labelledby="privacy-heading" className="mb-10">
        <h2 id="privacy-heading" className="mb-2 text-xl font-semibold">
          People you blocked or hid
        </h2>
        <p className="mb-2 text-slate-700">
          See who you blocked or asked us not to suggest again, and undo it.
        </p>
        <Link href="/account/privacy">Your blocks and hidden people</Link>
      </section>
      <section aria-labelledby="data-heading" className="mb-10">
        <h2 id="data-heading" className="mb-2 text-xl font-semibold">
          Your data
        </h2>
        <p className="mb-2 text-slate-700">
          Everything we hold about you, as one file: profile, career, goals, requests, invitations,
          relationships, notifications and your privacy choices.
        </p>
        <a href="/account/export.json" download>
          Download your data (JSON)
        </a>
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading" className="mb-2 text-xl font-semibold">
          Delete your account
        </h2>
        <p className="mb-4 text-slate-700">
          Everything you wrote goes with it. People you were working with are told that it ended.
          Programs keep only anonymous counts (that a relationship happened, and its ratings).
        </p>
        <DeleteAccountForm hasPassword={withPassword} />
      </section>
    </>
  );
}
