'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { userAction } from '@/lib/server/actions/form-action';
import { getActor } from '@/lib/server/auth/session';
import { AppError } from '@/lib/server/errors';
import { addExperience, deleteExperience } from '@/lib/server/experiences/experiences';
import { findManagerCandidates } from '@/lib/server/profiles/manager-candidates';
import { saveProfile } from '@/lib/server/profiles/save-profile';
import {
  experienceSchema,
  idSchema,
  managerQuerySchema,
  profileSchema,
} from '@/lib/validation/profile';
import type { PersonSearch } from '@/components/forms/person-picker';

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

/** The manager field's look-up as the person types (not a form: it answers with data). */
export async function findManagerAction(
  query: unknown,
): Promise<Awaited<ReturnType<PersonSearch>>> {
  const actor = await getActor();
  const input = managerQuerySchema.safeParse({ query });
  if (!actor || !input.success) return { people: [] };
  try {
    const people = await findManagerCandidates({ actor, input: input.data });
    return {
      people: people.map(({ id, name, jobTitle, organisation }) => ({
        id,
        name,
        detail: [jobTitle, organisation].filter(Boolean).join(', '),
      })),
    };
  } catch (error) {
    if (error instanceof AppError && error.code === 'RATE_LIMITED') return { error: error.message };
    throw error;
  }
}
