/**
 * The shapes a matching run keeps in JSON columns, as zod schemas. The database hands a JSON
 * column back untyped, so each one is parsed against the shape that was written when it is
 * read, and a row that no longer fits fails at the read instead of somewhere in a page. The
 * run's figures have their schema beside them (figures.ts).
 *
 * Parsing strips keys a schema does not name (z.object's default), both when read (fromJson)
 * and when written (toJson, lib/server/programs/runs/json-column.ts): an extra key in a row is
 * dropped, not refused, and is gone after the row's next write.
 */
import { z } from 'zod';
import type { UnmetBecause } from '@/lib/core/matching/cohort/assign';
import type { FitReason, FitWeights } from '@/lib/core/matching/fit';

/**
 * A fit weight as stored: non-negative, as every writer gives it (the defaults, and the policy
 * form's 0 to 100), so a negative one in a row fails the read.
 */
const storedWeight = z.number().nonnegative();

/** Program.weights: non-negative numbers, normalised by the engine before use. */
export const storedFitWeightsSchema = z.object({
  beenThere: storedWeight,
  coachingAreas: storedWeight,
  topics: storedWeight,
  crossFunction: storedWeight,
  crossOrganisation: storedWeight,
  timezone: storedWeight,
}) satisfies z.ZodType<FitWeights>;

// Proposals written before reasons had an admin's voice read their one text in both places.
const fitReasonSchema = z
  .object({
    code: z.string(),
    text: z.string(),
    about: z.string().optional(),
    points: z.number(),
  })
  .transform((reason) => ({ ...reason, about: reason.about ?? reason.text })) satisfies z.ZodType<
  FitReason,
  unknown
>;

/** Proposal.reasons: why the proposed person fits, strongest first. */
export const storedReasonsSchema = z.array(fitReasonSchema);

const alternativeSchema = z.object({
  personId: z.string(),
  /** Stored with the runner-up so the review table needs no second query. */
  name: z.string(),
  score: z.number(),
  reasons: storedReasonsSchema,
  /** False when every place the person offered is taken by the run's proposals. */
  hasRoom: z.boolean(),
});
export type StoredAlternative = z.infer<typeof alternativeSchema>;

/** Proposal.alternatives: the runners-up an admin may swap in, best first. */
export const storedAlternativesSchema = z.array(alternativeSchema);

/** MatchingRun.unmet: the needs that got nobody, and why. */
export const storedUnmetSchema = z.array(
  z.object({
    goalId: z.string(),
    kind: z.enum(['MENTOR', 'COACH']),
    because: z.enum(['nobody-eligible', 'no-room']) satisfies z.ZodType<UnmetBecause>,
  }),
);
