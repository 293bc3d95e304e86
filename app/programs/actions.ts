'use server';
/** Server actions of programs: each parses with its schema, then calls lib/server (which scopes). */
import { requestLog } from '@/lib/server/log/request-log';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { parseWithZod } from '@conform-to/zod/v4';
import type { PolicyPreviewState } from '@/lib/core/programs/policy-preview';
import { userAction } from '@/lib/server/actions/form-action';
import { getActor } from '@/lib/server/auth/session';
import { AppError } from '@/lib/server/errors';
import { previewPolicy } from '@/lib/server/programs/policy-preview';
import { joinProgram, renewJoinCode } from '@/lib/server/programs/join';
import { createProgram, updateProgramPolicy } from '@/lib/server/programs/programs';
import { leaveProgram } from '@/lib/server/programs/membership';
import { leaveProgramSchema } from '@/lib/validation/program-management';
import { decideProposal, publishRun, swapProposal } from '@/lib/server/programs/runs/review';
import { approveAbove, decideTicked, rejectBelow } from '@/lib/server/programs/runs/review-bulk';
import { cancelRun, findRun, startRun } from '@/lib/server/programs/runs/runs';
import {
  approveAboveSchema,
  rejectBelowSchema,
  createProgramSchema,
  decideProposalSchema,
  decideTickedSchema,
  joinProgramSchema,
  policyPreviewSchema,
  programIdSchema,
  runIdSchema,
  swapProposalSchema,
  updatePolicySchema,
} from '@/lib/validation/program';

export const createProgramAction = userAction(createProgramSchema, async (args) => {
  const program = await createProgram(args);
  redirect(`/programs/${program.id}`);
});

export const updatePolicyAction = userAction(updatePolicySchema, async (args) => {
  await updateProgramPolicy(args);
  revalidatePath(`/programs/${args.input.programId}`, 'layout');
});

/**
 * The policy form's preview: it answers with the preview itself (not a form reply), so it
 * checks the caller and parses here, with the weights' own schema; nothing is saved.
 */
export async function previewPolicyAction(
  _previous: PolicyPreviewState,
  formData: FormData,
): Promise<PolicyPreviewState> {
  const submission = parseWithZod(formData, { schema: policyPreviewSchema });
  if (submission.status !== 'success') {
    const messages = new Set(Object.values(submission.error ?? {}).flatMap((list) => list ?? []));
    return {
      status: 'error',
      message: [...messages].join(' ') || 'Check the weights, then preview again.',
    };
  }
  const actor = await getActor();
  if (!actor) return { status: 'error', message: 'Your session has ended. Sign in again.' };
  try {
    return { status: 'preview', preview: await previewPolicy({ actor, input: submission.value }) };
  } catch (error) {
    if (error instanceof AppError) return { status: 'error', message: error.message };
    (await requestLog()).error({ err: error }, 'Policy preview failed');
    return { status: 'error', message: 'Something went wrong on our side. Please try again.' };
  }
}

export const startRunAction = userAction(programIdSchema, async (args) => {
  const run = await startRun(args);
  redirect(`/programs/${args.input.programId}/runs/${run.id}`);
});

// The run pages live under their program; one revalidation covers every program's pages.
const refreshPrograms = () => revalidatePath('/programs', 'layout');

export const cancelRunAction = userAction(runIdSchema, async (args) => {
  const outcome = await cancelRun(args);
  refreshPrograms();
  const run = await findRun({ actor: args.actor, runId: args.input.runId });
  redirect(`/programs/${run!.programId}/runs/${args.input.runId}?cancel=${outcome}`);
});

export const decideProposalAction = userAction(decideProposalSchema, async (args) => {
  await decideProposal(args);
  refreshPrograms();
});

export const swapProposalAction = userAction(swapProposalSchema, async (args) => {
  await swapProposal(args);
  refreshPrograms();
});

export const approveAboveAction = userAction(approveAboveSchema, async (args) => {
  await approveAbove(args);
  refreshPrograms();
});

export const decideTickedAction = userAction(decideTickedSchema, async (args) => {
  await decideTicked(args);
  refreshPrograms();
});

export const rejectBelowAction = userAction(rejectBelowSchema, async (args) => {
  await rejectBelow(args);
  refreshPrograms();
});

export const publishRunAction = userAction(runIdSchema, async (args) => {
  const { programId, published, refused } = await publishRun(args);
  refreshPrograms();
  const outcome = new URLSearchParams({
    published: String(published),
    refused: String(refused.length),
  });
  redirect(`/programs/${programId}/runs/${args.input.runId}?${outcome}`);
});

export const joinProgramAction = userAction(joinProgramSchema, async (args) => {
  await joinProgram(args);
  redirect(`/join/${encodeURIComponent(args.input.code)}`);
});

export const leaveProgramAction = userAction(leaveProgramSchema, async (args) => {
  await leaveProgram(args);
  refreshPrograms();
  revalidatePath('/account');
  const { code } = args.input;
  redirect(code ? `/join/${encodeURIComponent(code)}?left=1` : '/account?left=1');
});

export const renewJoinCodeAction = userAction(programIdSchema, async (args) => {
  await renewJoinCode(args);
  refreshPrograms();
});
