/** Input schemas of the account operations, shared by the forms and the server. */
import { z } from 'zod';
import { isOneLine } from '@/lib/core/accounts/one-line';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/core/accounts/password-rules';

export const emailField = z
  .string({ error: 'Enter your e-mail address.' })
  .trim()
  .toLowerCase()
  .max(254, 'That e-mail address is too long.')
  .pipe(z.email('Enter a valid e-mail address, like name@example.com.'));

const newPassword = z
  .string({ error: 'Choose a password.' })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`);

export const signUpSchema = z.object({
  name: z
    .string({ error: 'Enter your name.' })
    .trim()
    .min(1, 'Enter your name.')
    .max(100, 'Use at most 100 characters.')
    .refine(isOneLine, 'Write your name on one line, without line breaks or tabs.'),
  email: emailField,
  password: newPassword,
});

export const signInSchema = z.object({
  email: emailField,
  password: z
    .string({ error: 'Enter your password.' })
    .min(1, 'Enter your password.')
    .max(MAX_PASSWORD_LENGTH),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password.' }).max(MAX_PASSWORD_LENGTH),
    newPassword,
    confirmPassword: z.string({ error: 'Repeat the new password.' }),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two new passwords differ.',
  });

/** For an account without a password yet (a program made it; the person signs in by link). */
export const setPasswordSchema = z
  .object({ newPassword, confirmPassword: z.string({ error: 'Repeat the password.' }) })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords differ.',
  });

export const deleteAccountSchema = z.object({
  /** Absent for an account with no password (it signs in by e-mailed links). */
  password: z.string().max(MAX_PASSWORD_LENGTH).optional(),
  confirm: z.literal('on', { error: 'Tick the box to confirm that your data will be deleted.' }),
});

/** The second press of "Sign out everywhere": the form says yes only after the question. */
export const signOutEverywhereSchema = z.object({
  confirm: z.literal('yes', { error: 'Confirm that you want to sign out everywhere.' }),
});
