'use server';
/** A platform admin disables or re-enables an account; lib/server refuses anyone else. */
import { redirect } from 'next/navigation';
import { disableAccount, enableAccount } from '@/lib/server/accounts/disable-account';
import { userAction } from '@/lib/server/actions/form-action';
import { accountIdSchema } from '@/lib/validation/admin-accounts';

/** Back to the same search, with the outcome for the page to word. */
const backTo = (query: string, done: 'disabled' | 'enabled', userId: string) =>
  redirect(`/admin/accounts?${new URLSearchParams({ q: query, done, account: userId })}`);

export const disableAccountAction = userAction(accountIdSchema, async (args) => {
  await disableAccount(args);
  backTo(args.input.query, 'disabled', args.input.userId);
});

export const enableAccountAction = userAction(accountIdSchema, async (args) => {
  await enableAccount(args);
  backTo(args.input.query, 'enabled', args.input.userId);
});
