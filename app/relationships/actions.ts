'use server';
/**
 * Server actions of a relationship's page beyond its state: messages and meetings. Each parses
 * with its schema, then calls lib/server, which finds the relationship with the caller as one
 * of its two people (anyone else: "not found").
 */
import { revalidatePath } from 'next/cache';
import { userAction } from '@/lib/server/actions/form-action';
import { sendMessage } from '@/lib/server/messages/send-message';
import { sendMessageSchema } from '@/lib/validation/messages';

export const sendMessageAction = userAction(sendMessageSchema, async (args) => {
  await sendMessage(args);
  revalidatePath(`/relationships/${args.input.relationshipId}`);
  // Empties the form for the next message; the thread above now shows this one.
  return { status: 'success', initialValue: null };
});
