'use server';
import { changePassword } from '@/lib/server/accounts/change-password';
import { deleteAccount } from '@/lib/server/accounts/delete-account';
import { signOutEverywhere } from '@/lib/server/accounts/sign-out-everywhere';
import { userAction } from '@/lib/server/actions/form-action';
import { signOut } from '@/lib/server/auth/auth';
import {
  changePasswordSchema,
  deleteAccountSchema,
  signOutEverywhereSchema,
} from '@/lib/validation/accounts';

export const changePasswordAction = userAction(changePasswordSchema, async (args) => {
  await changePassword(args);
  return { status: 'success', initialValue: {}, error: { '': null } };
});

export const deleteAccountAction = userAction(deleteAccountSchema, async (args) => {
  await deleteAccount(args);
  await signOut({ redirectTo: '/?account=deleted' });
});

export const signOutEverywhereAction = userAction(signOutEverywhereSchema, async (args) => {
  await signOutEverywhere(args);
  // This browser's cookie goes too; the sign-in page says what happened.
  await signOut({ redirectTo: '/sign-in?signed-out=everywhere' });
});
