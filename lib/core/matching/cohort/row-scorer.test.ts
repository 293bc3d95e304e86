import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitContext, fitScorer, pairKey, prepareFile } from '@/lib/core/matching/fit';
import type { FitWeights } from '@/lib/core/matching/fit';
import { REFERENCE_DATE } from '@/test/matching/fit-factories';
import { NEVER, rowScorer } from './row-scorer';
import { buildSupporterTable } from './supporter-table';
import { randomCohort } from '@/test/matching/random-cohort';

const weightArb: fc.Arbitrary<FitWeights> = fc.record({
  beenThere: fc.integer({ min: 0, max: 60 }),
  coachingAreas: fc.integer({ min: 0, max: 60 }),
  topics: fc.integer({ min: 0, max: 60 }),
  crossFunction: fc.integer({ min: 0, max: 60 }),
  crossOrganisation: fc.integer({ min: 0, max: 60 }),
  timezone: fc.integer({ min: 0, max: 60 }),
});

describe('bulk row scorer', () => {
  it('gives every pair exactly the score fitScorer gives it, and NEVER where it refuses', () => {
    fc.assert(
      fc.property(fc.integer(), weightArb, fc.boolean(), (seed, weights, loaded) => {
        const cohort = randomCohort(seed, { people: 14, goals: 10 });
        const load = new Map(loaded ? cohort.people.map((p, at) => [p.id, at % 3]) : []);
        const context = fitContext({
          weights,
          load,
          excludedPairs: new Set(cohort.excludedPairs.map(([a, b]) => pairKey(a, b))),
        });
        const prepared = prepareFile(cohort, REFERENCE_DATE);
        const table = buildSupporterTable(prepared, context);
        const bulk = rowScorer(prepared, table, context);
        const single = fitScorer(prepared, context);
        const out = new Int32Array(table.people.length);
        for (const goal of prepared.goals)
          for (const kind of ['mentor', 'coach'] as const) {
            bulk.score(goal, kind, out);
            table.people.forEach((person, j) => {
              const expected = single.score(goal, person.person.id, kind);
              expect(out[j], `${goal.goal.id} ${person.person.id} ${kind}`).toBe(expected ?? NEVER);
            });
          }
        // Supporters left out of the table are exactly those with no room left.
        for (const person of prepared.people.values()) {
          const offers = person.person.offers.mentoring || person.person.offers.coaching;
          const room = person.person.offers.capacity - (load.get(person.person.id) ?? 0);
          expect(table.indexOf.has(person.person.id)).toBe(offers && room > 0);
        }
      }),
      { numRuns: 60 },
    );
  });
});
