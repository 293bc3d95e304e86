'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { userAction } from '@/lib/server/actions/form-action';
import { addExperience, deleteExperience } from '@/lib/server/experiences/experiences';
import { saveProfile } from '@/lib/server/profiles/save-profile';
import { experienceSchema, idSchema, profileSchema } from '@/lib/validation/profile';

export const saveProfileAction = userAction(profileSchema, async (args) => {
  await saveProfile(args);
  redirect('/profile?saved=profile');
});

export const addExperienceAction = userAction(experienceSchema, async (args) => {
  await addExperience(args);
  redirect('/profile?saved=experience');
});

export const deleteExperienceAction = userAction(idSchema, async (args) => {
  await deleteExperience(args);
  revalidatePath('/profile');
});
