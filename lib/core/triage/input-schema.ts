/**
 * The shape of one triage request, shared by the `triage` command (one JSON line each) and
 * the web form. Unknown keys are ignored rather than rejected, so a labelled dataset line
 * (with "label" and "note") can be piped straight through.
 */
import { z } from 'zod';
import { GOAL_CLARITY, GOAL_NEEDS } from '@/lib/core/goals/needs';

// Far beyond any real goal; it only stops one pathological line from stalling a batch.
export const GOAL_MAX_LENGTH = 10_000;

export const triageLineSchema = z.object(
  {
    goal: z
      .string({ error: 'is required and must be a string' })
      .trim()
      .min(1, 'must not be empty')
      .max(GOAL_MAX_LENGTH, `must be at most ${GOAL_MAX_LENGTH} characters`),
    clarity: z
      .enum(GOAL_CLARITY, { error: `must be one of: ${GOAL_CLARITY.join(', ')}` })
      .optional(),
    needs: z
      .array(
        z.enum(GOAL_NEEDS, { error: `unknown need; expected one of: ${GOAL_NEEDS.join(', ')}` }),
        {
          error: 'must be an array of need ids',
        },
      )
      .optional(),
  },
  { error: 'each line must be a JSON object' },
);

export type TriageLine = z.infer<typeof triageLineSchema>;

/** One readable sentence for all of a line's problems, e.g. "needs[1]: unknown need; ...". */
export function describeProblems(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
        .join('');
      return path ? `${path.replace(/^\./, '')}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
