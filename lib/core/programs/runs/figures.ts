/**
 * A run's figures, worked out from the cohort and the engine's answer: what admins read before
 * they publish anything. Pure, so it is tested without a database.
 */
import { z } from 'zod';
import type { PeopleFile } from '@/lib/core/matching/people-file';
import type { EngineResult } from './engine';

const count = z.number().int().min(0);

/**
 * The figures as a schema as well as a type: they are stored in the run's `figures` JSON
 * column and parsed back when read (lib/server/programs/runs/runs.ts).
 */
export const runFiguresSchema = z.object({
  people: count,
  goals: count,
  goalsMatched: count,
  needs: count,
  needsMet: count,
  unmet: z.object({ nobodyEligible: count, noRoom: count }),
  /** Shares of the proposed pairs, 0-1. */
  crossFunctionShare: z.number(),
  crossOrganisationShare: z.number(),
  /** Mean fit of the proposed pairs, 0-1000. */
  meanFit: z.number(),
  supporters: z.object({
    offering: count,
    proposed: count,
    places: count,
    placesProposed: count,
  }),
  /** How many supporters got 0, 1, 2... proposals (index = count). */
  loadHistogram: z.array(count),
  eligiblePairs: count,
  pricingRounds: count,
  optimal: z.boolean(),
  seconds: z.number(),
});
export type RunFigures = z.infer<typeof runFiguresSchema>;

export function runFigures(
  file: PeopleFile,
  result: EngineResult,
  load: ReadonlyMap<string, number>,
  seconds: number,
): RunFigures {
  const people = new Map(file.people.map((person) => [person.id, person]));
  const ownerOf = new Map(file.goals.map((goal) => [goal.id, goal.personId]));
  let crossFunction = 0;
  let crossOrganisation = 0;
  let fit = 0;
  const proposedTo = new Map<string, number>();
  for (const pair of result.assignments) {
    const protege = people.get(ownerOf.get(pair.goalId)!)!;
    const supporter = people.get(pair.personId)!;
    if (protege.function !== supporter.function) crossFunction++;
    if (protege.organization !== supporter.organization) crossOrganisation++;
    fit += pair.score;
    proposedTo.set(pair.personId, (proposedTo.get(pair.personId) ?? 0) + 1);
  }
  const offering = file.people.filter(
    (person) => (person.offers.mentoring || person.offers.coaching) && person.offers.capacity > 0,
  );
  const loadHistogram: number[] = [];
  for (const person of offering) {
    const count = proposedTo.get(person.id) ?? 0;
    loadHistogram[count] = (loadHistogram[count] ?? 0) + 1;
  }
  const pairs = result.assignments.length;
  const share = (count: number) => (pairs === 0 ? 0 : count / pairs);
  return {
    people: file.people.length,
    goals: file.goals.length,
    goalsMatched: new Set(result.assignments.map((pair) => pair.goalId)).size,
    needs: pairs + result.unmet.length,
    needsMet: pairs,
    unmet: {
      nobodyEligible: result.unmet.filter((need) => need.because === 'nobody-eligible').length,
      noRoom: result.unmet.filter((need) => need.because === 'no-room').length,
    },
    crossFunctionShare: share(crossFunction),
    crossOrganisationShare: share(crossOrganisation),
    meanFit: pairs === 0 ? 0 : Math.round(fit / pairs),
    supporters: {
      offering: offering.length,
      proposed: proposedTo.size,
      places: offering.reduce(
        (sum, person) => sum + Math.max(0, person.offers.capacity - (load.get(person.id) ?? 0)),
        0,
      ),
      placesProposed: pairs,
    },
    loadHistogram: Array.from(loadHistogram, (count) => count ?? 0),
    eligiblePairs: result.eligiblePairs,
    pricingRounds: result.pricingRounds,
    optimal: result.optimal,
    seconds,
  };
}
