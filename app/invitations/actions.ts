'use server';
/**
 * Invitations to someone from outside: the protégé sends and withdraws them from the goal page;
 * the invited person answers on the invitation page their e-mail's link signs them in to.
 */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { userAction } from '@/lib/server/actions/form-action';
import {
  acceptOutsideInvitation,
  declineOutsideInvitation,
} from '@/lib/server/outside/answer-invitation';
import { sendOutsideInvitation } from '@/lib/server/outside/send-invitation';
import { withdrawOutsideInvitation } from '@/lib/server/outside/withdraw-invitation';
import {
  acceptOutsideSchema,
  inviteOutsideSchema,
  outsideInvitationIdSchema,
} from '@/lib/validation/outside-invitation';

export const inviteOutsideAction = userAction(inviteOutsideSchema, async (args) => {
  await sendOutsideInvitation(args);
  redirect(`/goals/${args.input.goalId}?saved=invited#outside`);
});

export const withdrawOutsideInvitationAction = userAction(
  outsideInvitationIdSchema,
  async (args) => {
    await withdrawOutsideInvitation(args);
    revalidatePath('/goals/[goalId]', 'page');
  },
);

export const acceptOutsideInvitationAction = userAction(acceptOutsideSchema, async (args) => {
  const { relationshipId } = await acceptOutsideInvitation(args);
  redirect(`/relationships/${relationshipId}?started=1`);
});

export const declineOutsideInvitationAction = userAction(
  outsideInvitationIdSchema,
  async (args) => {
    await declineOutsideInvitation(args);
    revalidatePath('/invitations/[token]', 'page');
  },
);
