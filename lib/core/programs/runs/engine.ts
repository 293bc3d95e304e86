/**
 * What a matching run asks of the engine, and the engine's answer, pure (no database,
 * no `server-only`) so that it can run in a worker thread (lib/node/programs/engine-thread.ts)
 * while the job keeps reporting progress and listening for "cancel".
 *
 * A program that keeps pairs inside each organisation is matched organisation by
 * organisation: no pair crosses, so the groups are independent and each optimum is exact.
 * (Excluding every cross-organisation pair instead would list hundreds of millions of pairs.)
 */
import {
  assignCohort,
  type CohortOptions,
  type CohortResult,
  type CohortStage,
} from '@/lib/core/matching/cohort/assign';
import {
  fitContext,
  pairKey,
  prepareFile,
  type FitContext,
  type FitWeights,
} from '@/lib/core/matching/fit';
import type { PeopleFile } from '@/lib/core/matching/people-file';

export interface EngineInput {
  file: PeopleFile;
  weights: FitWeights;
  /** Goals already taken on, per supporter id. */
  load: [string, number][];
  /** Pairs never to propose: reporting lines, blocks, "don't suggest again", "not for me". */
  excludedPairs: [string, string][];
  allowCrossOrganisation: boolean;
  referenceDate: Date;
  alternatives: number;
}

export type EngineResult = Pick<
  CohortResult,
  'assignments' | 'unmet' | 'alternatives' | 'optimal'
> & { eligiblePairs: number; pricingRounds: number };

/** Which group is being matched (1 of 1 unless the program keeps pairs in-house). */
export type EngineStage = CohortStage & { group: number; groups: number };

/**
 * Matches one group (the whole cohort, or one organisation) given its file: assignCohort on
 * this thread, or the same answer computed with helper threads (lib/node/matching).
 */
export type CohortRunner = (
  file: PeopleFile,
  referenceDate: Date,
  context: FitContext,
  options: CohortOptions,
) => CohortResult | Promise<CohortResult>;

const onThisThread = (
  file: PeopleFile,
  referenceDate: Date,
  context: FitContext,
  options: CohortOptions,
): CohortResult => assignCohort(prepareFile(file, referenceDate), context, options);

export function runEngine(input: EngineInput, onStage: (stage: EngineStage) => void): EngineResult {
  const run = engineRun(input, onStage);
  run.groups.forEach((file, at) =>
    run.add(onThisThread(file, input.referenceDate, run.context, run.options(at))),
  );
  return run.answer;
}

/** runEngine with each group matched by `runCohort`, which may use other threads. */
export async function runEngineWith(
  input: EngineInput,
  onStage: (stage: EngineStage) => void,
  runCohort: CohortRunner,
): Promise<EngineResult> {
  const run = engineRun(input, onStage);
  for (const [at, file] of run.groups.entries())
    run.add(await runCohort(file, input.referenceDate, run.context, run.options(at)));
  return run.answer;
}

function engineRun(input: EngineInput, onStage: (stage: EngineStage) => void) {
  const context = fitContext({
    weights: input.weights,
    load: new Map(input.load),
    excludedPairs: new Set(input.excludedPairs.map(([a, b]) => pairKey(a, b))),
  });
  const groups = input.allowCrossOrganisation ? [input.file] : byOrganisation(input.file);
  const answer: EngineResult = {
    assignments: [],
    unmet: [],
    alternatives: [],
    optimal: true,
    eligiblePairs: 0,
    pricingRounds: 0,
  };
  return {
    context,
    groups,
    answer,
    options: (at: number): CohortOptions => ({
      alternatives: input.alternatives,
      onStage: (stage) => onStage({ ...stage, group: at + 1, groups: groups.length }),
    }),
    add(result: CohortResult) {
      answer.assignments.push(...result.assignments);
      answer.unmet.push(...result.unmet);
      answer.alternatives.push(...result.alternatives);
      answer.optimal &&= result.optimal;
      answer.eligiblePairs += result.figures.eligiblePairs;
      answer.pricingRounds += result.figures.pricingRounds;
    },
  };
}

function byOrganisation(file: PeopleFile): PeopleFile[] {
  const groups = new Map<string, PeopleFile>();
  const groupOf = new Map<string, PeopleFile>();
  for (const person of file.people) {
    let group = groups.get(person.organization);
    if (!group) groups.set(person.organization, (group = { people: [], goals: [] }));
    // A manager may sit in another group; reporting lines arrive as excluded pairs anyway.
    group.people.push({ ...person, managerId: null });
    groupOf.set(person.id, group);
  }
  for (const goal of file.goals) groupOf.get(goal.personId)?.goals.push(goal);
  return [...groups.values()];
}
