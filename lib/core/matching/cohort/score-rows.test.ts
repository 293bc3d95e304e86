import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitContext, pairKey, prepareFile } from '@/lib/core/matching/fit';
import { REFERENCE_DATE } from '@/test/matching/fit-factories';
import { randomCohort } from '@/test/matching/random-cohort';
import { scoredInOrder } from '@/test/matching/score-table';
import { assignCohort } from './assign';
import { cohortNeeds, rowGroups, scoreRowGroups } from './score-rows';
import { buildSupporterTable } from './supporter-table';

function cohortFor(seed: number) {
  const cohort = randomCohort(seed, { people: 16, goals: 14 });
  const context = fitContext({
    excludedPairs: new Set(cohort.excludedPairs.map(([a, b]) => pairKey(a, b))),
  });
  return { cohort, context, prepared: prepareFile(cohort, REFERENCE_DATE) };
}

describe('the score table in groups of rows', () => {
  it('puts every row in exactly one group, each group in ascending order', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const { prepared } = cohortFor(seed);
        const rows = rowGroups(prepared).flatMap((group) => [...group]);
        expect(rows.sort((a, b) => a - b)).toEqual(cohortNeeds(prepared).map((_, row) => row));
        for (const group of rowGroups(prepared))
          expect([...group]).toEqual([...group].sort((a, b) => a - b));
      }),
      { numRuns: 40 },
    );
  });

  it('filled by two takers sharing one counter, equals every row scored in order', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 5 }), (seed, stride) => {
        const { context, prepared } = cohortFor(seed);
        const expected = scoredInOrder(prepared, context);
        const supporters = buildSupporterTable(prepared, context);

        // Two scorers over one table, each with its own evidence cache, the first taking
        // `stride` groups for every one the second takes.
        const groups = rowGroups(prepared);
        const table = new Int16Array(expected.length).fill(12_345);
        const mine: number[] = [];
        const theirs: number[] = [];
        for (let group = 0; group < groups.length; group++)
          (group % (stride + 1) === stride ? theirs : mine).push(group);
        const takeFrom = (list: number[]) => () => list.shift() ?? groups.length;
        scoreRowGroups(prepared, context, groups, takeFrom(mine), table, supporters);
        scoreRowGroups(prepared, context, groups, takeFrom(theirs), table);
        expect(table).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('given to assignCohort, gives the answer it finds scoring by itself', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const { context, prepared } = cohortFor(seed);
        const supporters = buildSupporterTable(prepared, context);
        const scores = new Int16Array(cohortNeeds(prepared).length * supporters.people.length);
        scoreRowGroups(prepared, context, rowGroups(prepared), counter(), scores);
        expect(assignCohort(prepared, context, { scores })).toEqual(
          assignCohort(prepared, context),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('refuses a table of the wrong size', () => {
    const { context, prepared } = cohortFor(3);
    expect(() => assignCohort(prepared, context, { scores: new Int16Array(7) })).toThrow(
      /score table has 7 cells/,
    );
  });
});

function counter() {
  let next = 0;
  return () => next++;
}
