import 'server-only';
/**
 * The policy form's preview: how draft fit weights would move a few sample goals of the
 * program, with nothing saved. Only the program's admins (and platform admins) may ask; to
 * anyone else the program is "not found", as for every other admin action. The cohort is read
 * as a matching run reads it, so the preview follows the run's rules (load, excluded pairs,
 * pairs across organisations); the choice of goals and people is lib/core/programs/policy-preview.
 */
import { previewWeights, type PolicyPreview } from '@/lib/core/programs/policy-preview';
import type { FitWeightsInput } from '@/lib/validation/program';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { notFound } from '../errors';
import { runBy } from './run-by';
import { loadProgramCohort } from './runs/cohort-from-db';

export async function previewPolicy({
  actor,
  input,
  referenceDate = new Date(),
}: {
  actor: Actor;
  input: { programId: string; weights: FitWeightsInput };
  referenceDate?: Date;
}): Promise<PolicyPreview> {
  const program = await db.program.findFirst({
    where: { id: input.programId, ...runBy(actor) },
    select: { id: true },
  });
  if (!program) throw notFound('program');
  const cohort = await loadProgramCohort(program.id, { referenceDate, alternatives: 0 });
  return previewWeights({
    file: cohort.file,
    load: cohort.load,
    excludedPairs: cohort.excludedPairs,
    allowCrossOrganisation: cohort.allowCrossOrganisation,
    referenceDate,
    current: cohort.weights,
    draft: input.weights,
  });
}
