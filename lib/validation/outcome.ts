/** The closing questions a person answers when a relationship has ended. */
import { z } from 'zod';

const ONE_TO_FIVE = 'Choose how much it helped, from 1 to 5.';

export const outcomeSchema = z.object({
  relationshipId: z.string({ error: 'Missing relationship.' }).trim().min(1).max(64),
  helped: z.coerce
    .number({ error: ONE_TO_FIVE })
    .int(ONE_TO_FIVE)
    .min(1, ONE_TO_FIVE)
    .max(5, ONE_TO_FIVE),
  wouldRecommend: z.enum(['yes', 'no'], { error: 'Say whether you would recommend them.' }),
  adminNote: z
    .string()
    .trim()
    .max(1000, 'Keep the note under 1000 characters.')
    .optional()
    .default(''),
});
export type OutcomeInput = z.infer<typeof outcomeSchema>;
