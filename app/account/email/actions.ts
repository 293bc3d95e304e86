'use server';
/** Choosing, per kind, whether one's e-mails come at once, in a daily digest, or not at all. */
import { redirect } from 'next/navigation';
import { userAction } from '@/lib/server/actions/form-action';
import { chooseEmails } from '@/lib/server/email/preferences';
import { emailChoicesSchema } from '@/lib/validation/email-preferences';

export const chooseEmailsAction = userAction(emailChoicesSchema, async (args) => {
  await chooseEmails(args);
  redirect('/account/email?saved=1');
});
