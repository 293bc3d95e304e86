/**
 * A run's figures, worked out from the cohort and the engine's answer: what admins read before
 * they publish anything. Pure, so it is tested without a database.
 */
import type { PeopleFile } from '@/lib/core/matching/people-file';
import type { EngineResult } from './engine';

export interface RunFigures {
  people: number;
  goals: number;
  goalsMatched: number;
  needs: number;
  needsMet: number;
  unmet: { nobodyEligible: number; noRoom: number };
  /** Shares of the proposed pairs, 0-1. */
  crossFunctionShare: number;
  crossOrganisationShare: number;
  /** Mean fit of the proposed pairs, 0-1000. */
  meanFit: number;
  supporters: { offering: number; proposed: number; places: number; placesProposed: number };
  /** How many supporters got 0, 1, 2... proposals (index = count). */
  loadHistogram: number[];
  eligiblePairs: number;
  pricingRounds: number;
  optimal: boolean;
  seconds: number;
}

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
