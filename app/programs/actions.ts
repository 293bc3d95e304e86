'use server';
/** Server actions of programs: each parses with its schema, then calls lib/server (which scopes). */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { userAction } from '@/lib/server/actions/form-action';
import { joinProgram, renewJoinCode } from '@/lib/server/programs/join';
import { createProgram, updateProgramPolicy } from '@/lib/server/programs/programs';
import {
  approveAbove,
  decideProposal,
  publishRun,
  swapProposal,
} from '@/lib/server/programs/runs/review';
import { cancelRun, startRun } from '@/lib/server/programs/runs/runs';
import {
  approveAboveSchema,
  createProgramSchema,
  decideProposalSchema,
  joinProgramSchema,
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

export const startRunAction = userAction(programIdSchema, async (args) => {
  const run = await startRun(args);
  redirect(`/programs/${args.input.programId}/runs/${run.id}`);
});

// The run pages live under their program; one revalidation covers every program's pages.
const refreshPrograms = () => revalidatePath('/programs', 'layout');

export const cancelRunAction = userAction(runIdSchema, async (args) => {
  await cancelRun(args);
  refreshPrograms();
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

export const renewJoinCodeAction = userAction(programIdSchema, async (args) => {
  await renewJoinCode(args);
  refreshPrograms();
});
