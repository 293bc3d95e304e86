'use server';
/**
 * Server actions of a program's settings: admins, dates, mentors from outside, archiving;
 * lib/server scopes each.
 */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { userAction } from '@/lib/server/actions/form-action';
import { addProgramAdmin, removeProgramAdmin } from '@/lib/server/programs/admins';
import { archiveProgram } from '@/lib/server/programs/archive';
import { setOutsideMentors } from '@/lib/server/programs/outside-mentors';
import { updateProgramWindow } from '@/lib/server/programs/program-window';
import {
  addAdminSchema,
  archiveProgramSchema,
  outsideMentorsSchema,
  programWindowSchema,
  removeAdminSchema,
} from '@/lib/validation/program-management';

const refreshPrograms = () => revalidatePath('/programs', 'layout');

export const addAdminAction = userAction(addAdminSchema, async (args) => {
  await addProgramAdmin(args);
  refreshPrograms();
});

export const removeAdminAction = userAction(removeAdminSchema, async (args) => {
  const { removedSelf } = await removeProgramAdmin(args);
  refreshPrograms();
  // Someone who removed themselves no longer runs the program (unless a platform admin).
  if (removedSelf && !args.actor.isPlatformAdmin) redirect('/programs?left=1');
});

export const updateWindowAction = userAction(programWindowSchema, async (args) => {
  await updateProgramWindow(args);
  refreshPrograms();
});

export const setOutsideMentorsAction = userAction(outsideMentorsSchema, async (args) => {
  await setOutsideMentors(args);
  refreshPrograms();
});

export const archiveProgramAction = userAction(archiveProgramSchema, async (args) => {
  await archiveProgram(args);
  refreshPrograms();
});
