'use server';
/** Server actions of the connection flow: each parses with its schema, then calls lib/server. */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { userAction } from '@/lib/server/actions/form-action';
import { recordOutcome } from '@/lib/server/relationships/outcomes';
import { outcomeSchema } from '@/lib/validation/outcome';
import { acceptRequest } from '@/lib/server/connections/accept';
import { blockPerson, dismissSuggestion, dontSuggestAgain } from '@/lib/server/connections/privacy';
import { addCheckIn, endRelationship, markActive } from '@/lib/server/connections/relationships';
import {
  declineRequest,
  sendOffer,
  sendRequest,
  withdrawRequest,
} from '@/lib/server/connections/requests';
import { answerDetail, askForDetail } from '@/lib/server/connections/request-detail';
import { markAllRead } from '@/lib/server/notifications/notifications';
import {
  answerDetailSchema,
  askDetailSchema,
  checkInSchema,
  dismissSchema,
  endRelationshipSchema,
  markActiveSchema,
  personIdSchema,
  requestIdSchema,
  sendOfferSchema,
  sendRequestSchema,
} from '@/lib/validation/connection';

export const sendRequestAction = userAction(sendRequestSchema, async (args) => {
  const request = await sendRequest(args);
  redirect(`/requests/${request.id}?sent=1`);
});

export const sendOfferAction = userAction(sendOfferSchema, async (args) => {
  const request = await sendOffer(args);
  redirect(`/requests/${request.id}?sent=1`);
});

export const acceptRequestAction = userAction(requestIdSchema, async (args) => {
  const { relationshipId } = await acceptRequest(args);
  // A program's invitation waits for the other person's yes: back to it, now marked as yours.
  redirect(
    relationshipId
      ? `/relationships/${relationshipId}?started=1`
      : `/requests/${args.input.requestId}?accepted=1`,
  );
});

export const declineRequestAction = userAction(requestIdSchema, async (args) => {
  await declineRequest(args);
  revalidatePath(`/requests/${args.input.requestId}`);
});

export const withdrawRequestAction = userAction(requestIdSchema, async (args) => {
  await withdrawRequest(args);
  revalidatePath(`/requests/${args.input.requestId}`);
});

export const askForDetailAction = userAction(askDetailSchema, async (args) => {
  await askForDetail(args);
  revalidatePath(`/requests/${args.input.requestId}`);
});

export const answerDetailAction = userAction(answerDetailSchema, async (args) => {
  await answerDetail(args);
  revalidatePath(`/requests/${args.input.requestId}`);
});

export const markActiveAction = userAction(markActiveSchema, async (args) => {
  await markActive(args);
  revalidatePath(`/relationships/${args.input.relationshipId}`);
});

export const endRelationshipAction = userAction(endRelationshipSchema, async (args) => {
  await endRelationship(args);
  revalidatePath(`/relationships/${args.input.relationshipId}`);
});

export const recordOutcomeAction = userAction(outcomeSchema, async (args) => {
  await recordOutcome(args);
  revalidatePath(`/relationships/${args.input.relationshipId}`);
});

export const checkInAction = userAction(checkInSchema, async (args) => {
  await addCheckIn(args);
  revalidatePath(`/relationships/${args.input.relationshipId}`);
});

export const dismissSuggestionAction = userAction(dismissSchema, async (args) => {
  await dismissSuggestion(args);
  revalidatePath(`/goals/${args.input.goalId}`);
});

export const dontSuggestAgainAction = userAction(
  personIdSchema.extend({ goalId: z.string().max(64).optional() }),
  async (args) => {
    await dontSuggestAgain(args);
    if (args.input.goalId) revalidatePath(`/goals/${args.input.goalId}`);
  },
);

export const blockPersonAction = userAction(personIdSchema, async (args) => {
  await blockPerson(args);
  redirect('/requests?blocked=1');
});

export const markAllReadAction = userAction(z.object({}), async (args) => {
  await markAllRead(args);
  revalidatePath('/notifications');
});
