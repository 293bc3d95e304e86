import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignCohort } from '@/lib/core/matching/cohort/assign';
import { cohortNeeds } from '@/lib/core/matching/cohort/score-rows';
import { fitContext, pairKey, prepareFile } from '@/lib/core/matching/fit';
import { goalReadings } from '@/lib/core/matching/fit/prepare-goal';
import { demoPeopleFile } from '@/scripts/bench/demo-people-file';
import { REFERENCE_DATE } from '@/test/matching/fit-factories';
import { scoredInOrder } from '@/test/matching/score-table';
import { askToScore, startHelperThread } from './helper-thread';
import { sharedCounter } from './shared-counter';
import { assignCohortInThreads } from './threaded-assign';

// A demo cohort with some load and some excluded pairs, so the context crossing over counts.
const file = demoPeopleFile(240, 70);
const supporterIds = file.people.filter((person) => person.offers.capacity > 0).map((p) => p.id);
const context = fitContext({
  load: new Map(supporterIds.slice(0, 10).map((id) => [id, 1])),
  excludedPairs: new Set(
    file.goals.slice(0, 30).map((goal, at) => pairKey(goal.personId, supporterIds[at % 40]!)),
  ),
});

describe('the score table filled by helper threads', () => {
  // From its source through tsx, and as the command's bundle starts it: the launcher's own build.
  const bundles = join(
    import.meta.dirname,
    '..',
    '..',
    '..',
    'node_modules',
    '.cache',
    'pathfinder-cli',
  );
  it.each([
    ['from its source', () => null],
    [
      'from the bundle built beside match',
      () => {
        const built = spawnSync(process.execPath, ['scripts/cli/launch.mjs', '--build', 'match'], {
          cwd: join(import.meta.dirname, '..', '..', '..'),
          encoding: 'utf8',
        });
        expect(built.status, built.stderr).toBe(0);
        return bundles;
      },
    ],
  ])(
    'a helper %s, given every group, fills the table as this thread would',
    async (_, folder) => {
      const prepared = prepareFile(file, REFERENCE_DATE);
      const expected = scoredInOrder(prepared, context);

      const table = new SharedArrayBuffer(2 * expected.length);
      new Int16Array(table).fill(12_345);
      const helper = startHelperThread(folder());
      try {
        const scored = await askToScore(helper, {
          fileJson: JSON.stringify(file),
          readings: goalReadings(file),
          referenceDate: REFERENCE_DATE,
          context,
          counter: sharedCounter(),
          table,
        });
        expect(scored).toBe(cohortNeeds(prepared).length);
      } finally {
        await helper.terminate();
      }
      expect(new Int16Array(table)).toEqual(expected);
    },
    60_000,
  );

  it('gives the answer one thread gives, to the byte', async () => {
    const alone = assignCohort(prepareFile(file, REFERENCE_DATE), context, { alternatives: 2 });
    const helped = await assignCohortInThreads(file, REFERENCE_DATE, context, {
      threads: 2,
      helpedCells: 0,
      alternatives: 2,
    });
    expect(JSON.stringify(helped)).toBe(JSON.stringify(alone));
    expect(alone.assignments.length).toBeGreaterThan(50);
  }, 60_000);

  it('reports a helper that fails instead of waiting for it', async () => {
    const helper = startHelperThread();
    try {
      await expect(
        askToScore(helper, {
          fileJson: 'not json',
          readings: [],
          referenceDate: REFERENCE_DATE,
          context,
          counter: sharedCounter(),
          table: new SharedArrayBuffer(2),
        }),
      ).rejects.toThrow(/a matching helper failed: SyntaxError/);
    } finally {
      await helper.terminate();
    }
  }, 60_000);
});
