/**
 * A kept supporter pool must suggest exactly what preparing the whole file suggests: the goal
 * page scores against a pool prepared once (prepare-pool.ts), and the ranking may not differ
 * from scoring everyone afresh. Random cohorts, laid out as the goal page lays them out: the
 * viewer first, then everyone shown as a supporter; some supporters hide from suggestions,
 * some hide their past employers (the pool holds them as others see them, the viewer's own
 * file row keeps the employers), some are full, some pairs are excluded, and some have open
 * requests elsewhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitContext,
  pairKey,
  poolCovers,
  prepareFile,
  preparePool,
  prepareWithPool,
  type PreparedPool,
} from '@/lib/core/matching/fit';
import type { FilePerson, PeopleFile } from '@/lib/core/matching/people-file';
import { REFERENCE_DATE } from '@/test/matching/fit-factories';
import { randomCohort } from '@/test/matching/random-cohort';
import { suggest } from './index';

const offers = (person: FilePerson) => person.offers.mentoring || person.offers.coaching;

/** As others see a supporter who hides their past employers. */
const shown = (person: FilePerson, hidesEmployers: boolean): FilePerson =>
  hidesEmployers
    ? { ...person, experiences: person.experiences.map((step) => ({ ...step, organization: '' })) }
    : person;

interface Layout {
  cohort: ReturnType<typeof randomCohort>;
  hidden: Set<string>;
  hidesEmployers: Set<string>;
  /** Everyone shown as a supporter, as others see them: what the pool holds. */
  supporters: FilePerson[];
}

function layout(seed: number, people: number, goals: number): Layout {
  const cohort = randomCohort(seed, { people, goals });
  const hidden = new Set(cohort.people.filter((_, at) => (seed + at) % 5 === 0).map((p) => p.id));
  const hidesEmployers = new Set(
    cohort.people.filter((_, at) => (seed + at) % 3 === 0).map((p) => p.id),
  );
  const supporters = cohort.people
    .filter((person) => offers(person) && !hidden.has(person.id))
    .map((person) => shown(person, hidesEmployers.has(person.id)));
  return { cohort, hidden, hidesEmployers, supporters };
}

function contextFor(cohort: Layout['cohort'], loadSeed: number) {
  return fitContext({
    load: new Map(cohort.people.map((person, at) => [person.id, (at + loadSeed) % 3])),
    excludedPairs: new Set(cohort.excludedPairs.map(([a, b]) => pairKey(a, b))),
  });
}

describe('suggestions from a kept pool', () => {
  it('equal suggestions from the whole file, for every viewer and goal', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 5 }),
        (seed, loadSeed, top) => {
          const { cohort, hidden, supporters } = layout(seed, 16, 10);
          const pool = preparePool(supporters, REFERENCE_DATE);
          const context = contextFor(cohort, loadSeed);
          const askedElsewhere = new Map(
            supporters.filter((_, at) => at % 4 === loadSeed).map((p, at) => [p.id, at + 1]),
          );
          for (const goal of cohort.goals) {
            const viewer = cohort.people.find((person) => person.id === goal.personId)!;
            const file: PeopleFile = {
              people: [viewer, ...supporters.filter((person) => person.id !== viewer.id)],
              goals: [goal],
            };
            const whole = suggest(prepareFile(file, REFERENCE_DATE), context, top, askedElsewhere);
            // A viewer who offers help but hides is in the file's corpus and not the pool's:
            // the one case the pool refuses, and the page prepares the whole file.
            const covered = poolCovers(pool, viewer);
            expect(covered).toBe(!(offers(viewer) && hidden.has(viewer.id)));
            if (!covered) continue;
            const fromPool = suggest(
              prepareWithPool(pool, { people: [viewer], goals: [goal] }, REFERENCE_DATE),
              context,
              top,
              askedElsewhere,
            );
            expect(fromPool, `${seed} ${goal.id}`).toEqual(whole);
          }
        },
      ),
      { numRuns: 80 },
    );
    // About 2 s alone; the default 5 s is too little when every unit file runs on two busy cores.
  }, 30_000);

  it('a pool refreshed from an earlier one equals one prepared afresh', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 5 }), (seed, edit) => {
        const { cohort, supporters } = layout(seed, 16, 8);
        const before = preparePool(supporters, REFERENCE_DATE);
        // One of each kind of change: capacity only (corpus kept), a new bio (relearned),
        // someone leaving, someone joining, a new zone and languages, nothing at all.
        const [first, ...rest] = supporters;
        const joining = cohort.people.find((person) => !offers(person));
        const changed: FilePerson[] = !first
          ? supporters
          : [
              [{ ...first, offers: { ...first.offers, capacity: first.offers.capacity + 1 } }],
              [{ ...first, bio: `${first.bio} treasury abroad` }],
              [],
              [first, { ...(joining ?? first), id: 'new', offers: { ...first.offers } }],
              [{ ...first, timezone: 'Asia/Kolkata', languages: ['de'] }],
              [first],
            ][edit]!.concat(rest);
        const refreshed = preparePool(changed, REFERENCE_DATE, before);
        const afresh = preparePool(changed, REFERENCE_DATE);
        const parts = (pool: PreparedPool) => ({
          people: pool.people,
          stems: pool.stems,
          lines: pool.lines,
          offsets: pool.offsets,
          goals: prepareWithPool(pool, { people: [], goals: cohort.goals }, REFERENCE_DATE).goals,
        });
        expect(parts(refreshed)).toEqual(parts(afresh));
        if (edit === 0 || edit === 4 || edit === 5) expect(refreshed.topics).toBe(before.topics);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('refuses a viewer whose words the pool learned differently, and another year', () => {
    const { supporters } = layout(7, 16, 4);
    const pool = preparePool(supporters, REFERENCE_DATE);
    const someone = supporters[0]!;
    const rewritten = { ...someone, bio: 'an entirely new story about negotiation' };
    expect(poolCovers(pool, rewritten)).toBe(false);
    expect(() => prepareWithPool(pool, { people: [rewritten], goals: [] }, REFERENCE_DATE)).toThrow(
      /corpus/,
    );
    expect(() =>
      prepareWithPool(pool, { people: [], goals: [] }, new Date('2027-03-01T00:00:00Z')),
    ).toThrow(/year/);
  });
});
