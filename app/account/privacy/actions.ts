'use server';
/** Undoing one's own privacy choices about other people: a block, a "don't suggest again". */
import { redirect } from 'next/navigation';
import { userAction } from '@/lib/server/actions/form-action';
import { suggestAgain, unblockPerson } from '@/lib/server/connections/privacy-choices';
import { personIdSchema } from '@/lib/validation/connection';

export const unblockPersonAction = userAction(personIdSchema, async (args) => {
  await unblockPerson(args);
  redirect('/account/privacy?undone=block');
});

export const suggestAgainAction = userAction(personIdSchema, async (args) => {
  await suggestAgain(args);
  redirect('/account/privacy?undone=hidden');
});
