'use server';
import { changePassword } from '@/lib/server/accounts/change-password';
import { deleteAccount } from '@/lib/server/accounts/delete-account';
import { userAction } from '@/lib/server/actions/form-action';
import { signOut } from '@/lib/server/auth/auth';
import { changePasswordSchema, deleteAccountSchema } from '@/lib/validation/accounts';

export const changePasswordAction = userAction(changePasswordSchema, async (args) => {
  await changePassword(args);
  return { status: 'success', initialValue: {}, error: { '': null } };
});

export const deleteAccountAction = userAction(deleteAccountSchema, async (args) => {
  await deleteAccount(args);
  await signOut({ redirectTo: '/?account=deleted' });
});
