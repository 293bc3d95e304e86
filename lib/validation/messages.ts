/** Input schema of a message between the two people of a relationship. */
import { z } from 'zod';

export const MESSAGE_MAX_LENGTH = 2000;

export const sendMessageSchema = z.object({
  relationshipId: z
    .string({ error: 'Missing relationship.' })
    .trim()
    .min(1, 'Missing relationship.')
    .max(64, 'Unknown relationship.'),
  text: z
    .string({ error: 'Write your message.' })
    .trim()
    .min(1, 'Write your message.')
    .max(MESSAGE_MAX_LENGTH, `Keep it under ${MESSAGE_MAX_LENGTH} characters.`),
});
export type SendMessageInput = z.infer<typeof sendMessageSchema>;
