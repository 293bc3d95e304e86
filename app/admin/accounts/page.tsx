import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Notice } from '@/components/layout/notice';
import { PageHeading } from '@/components/layout/page-heading';
import { requireUser } from '@/lib/server/auth/session';
import { findAccounts } from '@/lib/server/accounts/find-accounts';
import { findAccountsSchema } from '@/lib/validation/admin-accounts';
import { AccountButton } from './account-buttons';

export const metadata: Metadata = { title: 'Accounts' };

type Search = { q?: string | string[]; done?: string | string[]; account?: string | string[] };
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Platform admins find an account by name or e-mail and disable or enable it. Anyone else
 * gets "not found", as on /mailbox.
 */
export default async function AccountsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireUser();
  const search = await searchParams;
  const parsed = findAccountsSchema.safeParse({ query: one(search.q) ?? '' });
  const input = parsed.success ? parsed.data : { query: '' };
  const accounts = await findAccounts({ actor, input });
  if (!accounts) notFound();
  const done = one(search.done);
  const changed = accounts.find((account) => account.id === one(search.account));
  return (
    <>
      <PageHeading title="Accounts">
        Disable an account to sign its owner out everywhere and stop every way of signing in.
      </PageHeading>
      {changed && done === 'disabled' && (
        <Notice>{changed.name} is disabled and signed out everywhere.</Notice>
      )}
      {changed && done === 'enabled' && <Notice>{changed.name} can sign in again.</Notice>}
      <form method="get" role="search" className="mb-6 flex items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="account-query" className="font-medium">
            Name or e-mail
          </label>
          <input
            id="account-query"
            name="q"
            type="search"
            defaultValue={input.query}
            maxLength={254}
            className="rounded border border-slate-300 px-2 py-1"
          />
        </div>
        <button
          type="submit"
          className="rounded bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white"
        >
          Search
        </button>
      </form>
      {accounts.length === 0 ? (
        <p>{input.query ? `No account matches “${input.query}”.` : 'No accounts yet.'}</p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Accounts found">
          {accounts.map((account) => (
            <li
              key={account.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-200 bg-white p-3"
            >
              <div>
                <p className="font-medium">{account.name}</p>
                <p className="text-sm text-slate-700">
                  {account.email}
                  {account.isPlatformAdmin && ' · platform admin'}
                  {account.disabledAt &&
                    ` · disabled since ${account.disabledAt.toISOString().slice(0, 10)}`}
                </p>
              </div>
              {account.id !== actor.id && (
                <AccountButton
                  account={{ ...account, disabled: Boolean(account.disabledAt) }}
                  query={input.query}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
