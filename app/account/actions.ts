'use server';
import { redirect } from 'next/navigation';
import { changePassword } from '@/lib/server/accounts/change-password';
import { deleteAccount } from '@/lib/server/accounts/delete-account';
import { setPassword } from '@/lib/server/accounts/set-password';
import { signOutEverywhere } from '@/lib/server/accounts/sign-out-everywhere';
import { userAction } from '@/lib/server/actions/form-action';
import { signOut, unstable_update } from '@/lib/server/auth/auth';
import {
  changePasswordSchema,
  deleteAccountSchema,
  setPasswordSchema,
  signOutEverywhereSchema,
} from '@/lib/validation/accounts';

export const changePasswordAction = userAction(changePasswordSchema, async (args) => {
  const { sessionToken } = await changePassword(args);
  // This browser's cookie moves to the fresh session; every copy of the old one is dead. The
  // page is then shown anew, because a render in this request would still read the old cookie.
  if (sessionToken) await unstable_update({ sessionToken });
  redirect('/account?password=changed');
});

export const setPasswordAction = userAction(setPasswordSchema, async (args) => {
  await setPassword(args);
  redirect('/account?password=set');
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
