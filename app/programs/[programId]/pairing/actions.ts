'use server';
/** Server actions of pairing by hand and of "never pair these two"; lib/server scopes each. */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { PersonSearch } from '@/components/forms/person-picker';
import { userAction } from '@/lib/server/actions/form-action';
import { getActor } from '@/lib/server/auth/session';
import { AppError } from '@/lib/server/errors';
import { findPairCandidates, pairManually } from '@/lib/server/programs/pairs/manual-pair';
import { allowPairAgain, neverPairProposal } from '@/lib/server/programs/pairs/never-pair';
import {
  allowPairAgainSchema,
  manualPairSchema,
  neverPairSchema,
  pairCandidatesQuerySchema,
} from '@/lib/validation/pairs';

const refreshPrograms = () => revalidatePath('/programs', 'layout');

export const pairManuallyAction = userAction(manualPairSchema, async (args) => {
  const { programId } = await pairManually(args);
  refreshPrograms();
  const { runId, goalId, kind } = args.input;
  const need = `${goalId}/${kind === 'MENTOR' ? 'mentor' : 'coach'}`;
  redirect(`/programs/${programId}/runs/${runId}/needs/${need}?paired=1`);
});

export const neverPairAction = userAction(neverPairSchema, async (args) => {
  await neverPairProposal(args);
  refreshPrograms();
});

export const allowPairAgainAction = userAction(allowPairAgainSchema, async (args) => {
  await allowPairAgain(args);
  refreshPrograms();
});

/** The pairing picker's look-up as the admin types (not a form: it answers with data). */
export async function findPairCandidatesAction(
  input: unknown,
): Promise<Awaited<ReturnType<PersonSearch>>> {
  const actor = await getActor();
  const parsed = pairCandidatesQuerySchema.safeParse(input);
  if (!actor || !parsed.success) return { people: [] };
  try {
    return {
      people: await findPairCandidates({ actor, need: parsed.data, query: parsed.data.query }),
    };
  } catch (error) {
    // A run or goal the caller cannot see finds nobody, like a name that matches no one.
    if (error instanceof AppError) return { people: [] };
    throw error;
  }
}
