import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceOptimum } from '@/test/matching/min-cost-flow';
import {
  fitContext,
  fitScorer,
  pairKey,
  prepareFile,
  type FitContext,
  type PreparedFile,
} from '@/lib/core/matching/fit';
import { makeGoal, makePerson, makeSupporter, REFERENCE_DATE } from '@/test/matching/fit-factories';
import type { PeopleFile } from '@/lib/core/matching/people-file';
import { assignCohort, type CohortOptions } from './assign';
import { randomCohort } from '@/test/matching/random-cohort';

/**
 * The optimum worked out the slow, independent way: every pair scored one at a time by
 * fitScorer, then a min-cost max-flow over all of them (no candidate graph, no prices).
 */
function referenceFor(prepared: PreparedFile, context: FitContext) {
  const scorer = fitScorer(prepared, context);
  const supporters = [...prepared.people.values()];
  const rows = prepared.goals.flatMap((goal) => goal.kinds.map((kind) => ({ goal, kind })));
  const edges: [number, number, number][] = [];
  rows.forEach(({ goal, kind }, i) =>
    supporters.forEach((person, j) => {
      const score = scorer.score(goal, person.person.id, kind);
      if (score !== null) edges.push([i, j, score]);
    }),
  );
  const capacity = supporters.map((person) =>
    Math.max(0, person.person.offers.capacity - (context.load.get(person.person.id) ?? 0)),
  );
  return referenceOptimum(rows.length, supporters.length, capacity, edges);
}

function checkAgainstReference(file: PeopleFile, context: FitContext, options: CohortOptions) {
  const prepared = prepareFile(file, REFERENCE_DATE);
  const result = assignCohort(prepared, context, options);
  const reference = referenceFor(prepared, context);
  expect(result.optimal).toBe(true);
  expect(result.assignments).toHaveLength(reference.matched);
  expect(result.assignments.reduce((sum, pair) => sum + pair.score, 0)).toBe(reference.total);

  const scorer = fitScorer(prepared, context);
  const taken = new Map<string, number>();
  for (const pair of result.assignments) {
    const goal = prepared.goals.find((entry) => entry.goal.id === pair.goalId)!;
    // Only pairs the rules allow, scored as fitScorer scores them, with reasons that add up.
    expect(scorer.score(goal, pair.personId, pair.kind)).toBe(pair.score);
    expect(pair.reasons.reduce((sum, reason) => sum + reason.points, 0)).toBe(pair.score);
    taken.set(pair.personId, (taken.get(pair.personId) ?? 0) + 1);
  }
  for (const [personId, count] of taken) {
    const person = prepared.people.get(personId)!.person;
    expect(count).toBeLessThanOrEqual(person.offers.capacity - (context.load.get(personId) ?? 0));
  }
  // Each goal and kind at most once; unmatched goals are exactly those with no one at all.
  const keys = result.assignments.map((pair) => `${pair.goalId}/${pair.kind}`);
  expect(new Set(keys).size).toBe(keys.length);
  const served = new Set(result.assignments.map((pair) => pair.goalId));
  expect(result.unmatched.sort()).toEqual(
    prepared.goals
      .map((goal) => goal.goal.id)
      .filter((id) => !served.has(id))
      .sort(),
  );
  return result;
}

const cohortArb = fc.record({
  seed: fc.integer(),
  people: fc.integer({ min: 2, max: 16 }),
  goals: fc.integer({ min: 1, max: 12 }),
  loaded: fc.boolean(),
});

describe('whole-cohort assignment', () => {
  it('equals an independent min-cost-flow optimum over every scored pair', () => {
    fc.assert(
      fc.property(cohortArb, ({ seed, people, goals, loaded }) => {
        const cohort = randomCohort(seed, { people, goals });
        const context = fitContext({
          load: new Map(loaded ? cohort.people.map((p, at) => [p.id, at % 2]) : []),
          excludedPairs: new Set(cohort.excludedPairs.map(([a, b]) => pairKey(a, b))),
        });
        checkAgainstReference(cohort, context, {});
      }),
      { numRuns: 80 },
    );
  });

  it('reaches the same optimum from a one-edge candidate graph, through pricing rounds', () => {
    let rounds = 0;
    fc.assert(
      fc.property(cohortArb, ({ seed, people, goals }) => {
        const cohort = randomCohort(seed, { people, goals });
        const options = { perNeed: 1, perSupporter: 0, addPerNeed: 1, addPerSupporter: 1 };
        // And with nothing cached, every round scoring the pairs afresh.
        const result = checkAgainstReference(cohort, fitContext(), { ...options, cachedScores: 0 });
        rounds = Math.max(rounds, result.figures.pricingRounds);
      }),
      { numRuns: 60 },
    );
    // The property must have exercised the pricing loop, not only first-graph answers.
    expect(rounds).toBeGreaterThan(1);
  });

  it('prices only what changed between rounds, and ends on a scan of every pair', () => {
    let partial = 0;
    // Cohorts large enough for rounds whose partial scan finds something.
    const largerArb = fc.record({
      seed: fc.integer(),
      people: fc.integer({ min: 12, max: 40 }),
      goals: fc.integer({ min: 8, max: 30 }),
    });
    fc.assert(
      fc.property(largerArb, ({ seed, people, goals }) => {
        const cohort = randomCohort(seed, { people, goals });
        const priced: { underpriced: number; full: boolean; missed: number }[] = [];
        checkAgainstReference(cohort, fitContext(), {
          perNeed: 1,
          perSupporter: 0,
          addPerNeed: 1,
          addPerSupporter: 0,
          onStage: (stage) => {
            if (stage.stage === 'priced') priced.push(stage);
          },
        });
        // The proof: the last pricing found nothing, and it looked at every eligible pair.
        expect(priced.at(-1)).toEqual({
          stage: 'priced',
          round: priced.length,
          underpriced: 0,
          full: true,
          missed: 0,
        });
        // A full scan after a partial one that found nothing never finds a pair: the partial
        // scan's bookkeeping missed none.
        expect(priced.map((entry) => entry.missed)).toEqual(priced.map(() => 0));
        partial += priced.filter((entry) => !entry.full).length;
      }),
      { numRuns: 120 },
    );
    // The property must have exercised the partial pricing, not only full scans.
    expect(partial).toBeGreaterThan(0);
  });

  it('gives a "both" goal a mentor and a coach, sharing the supporters’ capacity', () => {
    const protege = makePerson({ function: 'Sales', organization: 'Initech' });
    const mentor = makeSupporter({
      offers: { mentoring: true, coaching: false, capacity: 1, coachingAreas: [] },
    });
    const coach = makeSupporter({
      offers: { mentoring: false, coaching: true, capacity: 1, coachingAreas: ['conflict'] },
    });
    const goal = makeGoal(protege.id, { kind: 'both', needs: ['conflict'] });
    const result = assignCohort(
      prepareFile({ people: [protege, mentor, coach], goals: [goal] }, REFERENCE_DATE),
      fitContext(),
    );
    expect(result.assignments.map((pair) => [pair.kind, pair.personId])).toEqual([
      ['mentor', mentor.id],
      ['coach', coach.id],
    ]);
    expect(result.unmatched).toEqual([]);
  });

  it('says why a need got nobody: no one eligible, or no room left', () => {
    const boss = makeSupporter({
      offers: { mentoring: true, coaching: false, capacity: 1, coachingAreas: [] },
    });
    const protege = makePerson({ managerId: boss.id });
    const other = makePerson();
    const first = makeGoal(protege.id, { kind: 'mentor' });
    const second = makeGoal(other.id, { kind: 'mentor' });
    const third = makeGoal(other.id, { kind: 'mentor' });
    const result = assignCohort(
      prepareFile(
        { people: [boss, protege, other], goals: [first, second, third] },
        REFERENCE_DATE,
      ),
      fitContext(),
    );
    expect(result.assignments).toHaveLength(1);
    expect(result.unmet).toEqual(
      expect.arrayContaining([
        { goalId: first.id, kind: 'mentor', because: 'nobody-eligible' },
        expect.objectContaining({ kind: 'mentor', because: 'no-room' }),
      ]),
    );
    expect(result.unmatched).toHaveLength(2);
  });

  it('lists each proposal’s runners-up, best first, scored as alone, with whether they have room', () => {
    fc.assert(
      fc.property(cohortArb, ({ seed, people, goals }) => {
        const cohort = randomCohort(seed, { people, goals });
        const prepared = prepareFile(cohort, REFERENCE_DATE);
        const context = fitContext();
        const result = assignCohort(prepared, context, { alternatives: 3 });
        const scorer = fitScorer(prepared, context);
        const taken = new Map<string, number>();
        for (const pair of result.assignments)
          taken.set(pair.personId, (taken.get(pair.personId) ?? 0) + 1);
        expect(result.alternatives).toHaveLength(result.assignments.length);
        for (const [at, pair] of result.assignments.entries()) {
          const { goalId, kind, options } = result.alternatives[at]!;
          expect([goalId, kind]).toEqual([pair.goalId, pair.kind]);
          const goal = prepared.goals.find((entry) => entry.goal.id === goalId)!;
          const everyOther = [...prepared.people.keys()]
            .filter((id) => id !== pair.personId)
            .map((id) => scorer.score(goal, id, kind))
            .filter((score): score is number => score !== null)
            .sort((a, b) => b - a);
          expect(options.map((option) => option.score)).toEqual(everyOther.slice(0, 3));
          for (const option of options) {
            const person = prepared.people.get(option.personId)!.person;
            const free = person.offers.capacity - (taken.get(option.personId) ?? 0);
            expect(option.hasRoom).toBe(free > 0);
            expect(option.reasons.reduce((sum, reason) => sum + reason.points, 0)).toBe(
              option.score,
            );
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
