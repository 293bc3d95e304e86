'use server';
/**
 * The People page's actions. Importing: preview an uploaded cohort file, or import it. It returns the
 * preview itself (not a form reply), so it checks the caller and parses with zod here, as the
 * form-action wrapper does for other forms. Importing re-reads the uploaded file and checks it
 * all again; the digest only makes sure it is the file the admin saw previewed.
 */
import { requestLog } from '@/lib/server/log/request-log';
import { createHash } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/server/auth/session';
import { AppError } from '@/lib/server/errors';
import { applyImport } from '@/lib/server/programs/import/apply';
import { previewImport } from '@/lib/server/programs/import/preview';
import { detectFormat } from '@/lib/core/programs/import/read-file';
import { importUploadSchema, type ImportState } from '@/lib/core/programs/import/upload';
import { userAction } from '@/lib/server/actions/form-action';
import { resendInvitation } from '@/lib/server/programs/invitations';
import { resendInvitationSchema } from '@/lib/validation/program';
import { removeMember } from '@/lib/server/programs/membership';
import { removeMemberSchema } from '@/lib/validation/program-management';

/** Sends a member who never signed in their invitation again, with a fresh link. */
export const resendInvitationAction = userAction(resendInvitationSchema, async (args) => {
  await resendInvitation({ actor: args.actor, ...args.input });
  revalidatePath(`/programs/${args.input.programId}/people`);
});

/** Removes a member; their open invitations from the program are withdrawn, with notice. */
export const removeMemberAction = userAction(removeMemberSchema, async (args) => {
  await removeMember(args);
  revalidatePath(`/programs/${args.input.programId}`, 'layout');
});

export async function importPeopleAction(
  _previous: ImportState,
  formData: FormData,
): Promise<ImportState> {
  const parsed = importUploadSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return { status: 'error', message: parsed.error.issues[0]?.message ?? 'Choose a file.' };
  const actor = await getActor();
  if (!actor) return { status: 'error', message: 'Your session has ended. Sign in again.' };
  const { programId, intent, file, previewed } = parsed.data;
  const text = Buffer.from(await file.arrayBuffer()).toString('utf8');
  const input = { actor, programId, text, format: detectFormat(file.name, text) };
  const digest = createHash('sha256').update(text).digest('hex');
  const fileName = file.name;
  try {
    if (intent === 'preview')
      return { status: 'preview', fileName, digest, preview: await previewImport(input) };
    if (previewed !== digest)
      return {
        status: 'error',
        message: 'This is not the file you previewed. Preview it before importing.',
      };
    const result = await applyImport(input);
    if (!result.ok) return { status: 'refused', fileName, problems: result.problems };
    revalidatePath(`/programs/${programId}/people`);
    return { status: 'applied', fileName, counts: result.counts };
  } catch (error) {
    if (error instanceof AppError) return { status: 'error', message: error.message };
    (await requestLog()).error({ err: error }, 'Import failed');
    return { status: 'error', message: 'Something went wrong on our side. Please try again.' };
  }
}
