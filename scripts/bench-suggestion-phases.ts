/**
 * Where a suggestion page's server time goes, phase by phase, on the database DATABASE_URL
 * names (seed a large one first: `npm run db:seed -- --people 20000 --reset`). Run with
 *   DATABASE_URL=... node --conditions=react-server --import tsx scripts/bench-suggestion-phases.ts
 * The goal page is timed for the demo employee's first goal, "Goals you would suit" (/help) for
 * the first supporter who offers both kinds of help. Each phase runs five times; the first
 * time (a cold supporter pool for the whole page) and the median of the last four are
 * printed. A script, not a test: timings vary by machine.
 */
import './bench/benchmark-env';
import { fitContext, fitScorer, pairKey, prepareFile } from '@/lib/core/matching/fit';
import type { PeopleFile } from '@/lib/core/matching/people-file';
import { suggest } from '@/lib/core/matching/suggest';
import { db } from '@/lib/server/db';
import { describeGoalOwners } from '@/lib/server/suggestions/goal-owners';
import { suggestionsForGoal } from '@/lib/server/suggestions/goal-suggestions';
import { goalsToHelp } from '@/lib/server/suggestions/goals-to-help';
import { helpFile } from '@/lib/server/suggestions/help-pool';
import { supporterPool } from '@/lib/server/suggestions/supporter-pool';
import {
  goalForFile,
  loadProfiles,
  neverProposed,
  toFilePerson,
  toShownPerson,
} from '@/lib/server/suggestions/people-from-db';
import { DEMO_EMPLOYEE_EMAIL } from '@/prisma/demo/accounts';

const times = new Map<string, number[]>();
async function time<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  times.set(label, [...(times.get(label) ?? []), performance.now() - started]);
  return result;
}
const asActor = (user: { id: string; name: string; email: string }) => ({
  id: user.id,
  name: user.name,
  email: user.email,
  isPlatformAdmin: false,
});

const employee = asActor(
  await db.user.findUniqueOrThrow({ where: { email: DEMO_EMPLOYEE_EMAIL } }),
);
const goal = await db.goal.findFirstOrThrow({ where: { userId: employee.id } });
const helper = await db.profile.findFirstOrThrow({
  where: { offers: 'BOTH' },
  orderBy: { userId: 'asc' },
  include: { user: true },
});
const supporter = asActor(helper.user);

for (let round = 0; round < 5; round++) {
  // The goal page, as suggestionsForGoal does it.
  const [own] = await time('goal: read own profile', () => loadProfiles({ userId: employee.id }));
  const supporters = await time('goal: read every supporter with steps', () =>
    loadProfiles({
      offers: { not: 'NONE' },
      hideFromSuggestions: false,
      userId: { not: employee.id },
    }),
  );
  await time('goal: load, demand and never-propose queries', () =>
    Promise.all([
      db.relationship.groupBy({
        by: ['supporterId'],
        where: { state: { in: ['INTRO', 'ACTIVE'] } },
        _count: { _all: true },
      }),
      db.connectionRequest.groupBy({
        by: ['supporterId'],
        where: { status: 'OPEN', protegeId: { not: employee.id } },
        _count: { _all: true },
      }),
      neverProposed(employee.id, goal.id),
    ]),
  );
  const file: PeopleFile = await time('goal: rows to the file format', () => ({
    people: [toFilePerson(own!), ...supporters.map(toShownPerson)],
    goals: [goalForFile(goal)],
  }));
  const prepared = await time('goal: prepare (topic corpus, careers)', () =>
    prepareFile(file, new Date()),
  );
  await time('goal: suggest (score everyone, explain the top)', () =>
    suggest(prepared, fitContext(), 5),
  );
  await time('goal: whole suggestionsForGoal', () =>
    suggestionsForGoal({ actor: employee, goalId: goal.id }),
  );

  // /help, as goalsToHelp does it for a supporter in the pool (help-pool.ts).
  const never = await time('help: own profile and never-propose', async () => {
    await loadProfiles({ userId: supporter.id });
    return neverProposed(supporter.id);
  });
  const now = new Date();
  const pool = await time('help: the supporter pool’s change check', () => supporterPool(now));
  const helpPrepared = await time('help: list the newest goals, read and prepare the changed', () =>
    helpFile(pool, [supporter.id, ...never], now),
  );
  const scorer = fitScorer(
    helpPrepared,
    fitContext({ excludedPairs: new Set(never.map((id) => pairKey(supporter.id, id))) }),
  );
  await time('help: score', () => {
    for (const entry of helpPrepared.goals)
      for (const kind of entry.kinds) scorer.score(entry, supporter.id, kind);
  });
  await time('help: describe ten owners', () =>
    describeGoalOwners(helpPrepared.goals.slice(0, 10).map((goal) => goal.goal.personId)),
  );
  await time('help: whole goalsToHelp', () => goalsToHelp({ actor: supporter }));
}

// The first page after someone changed: their row read again and restemmed, and the corpus
// relearned when their words changed (a bio) but not when only their capacity did. Each edit
// is undone afterwards (and that undoing is itself a change the next page reads).
const edited = await db.profile.findFirstOrThrow({
  where: { offers: { not: 'NONE' }, hideFromSuggestions: false, userId: { not: employee.id } },
  orderBy: { userId: 'desc' },
});
for (let round = 0; round < 5; round++) {
  await db.profile.update({
    where: { userId: edited.userId },
    data: { bio: `${edited.bio} Round ${round} of the benchmark.` },
  });
  await time('goal: suggestionsForGoal after a supporter edited their bio', () =>
    suggestionsForGoal({ actor: employee, goalId: goal.id }),
  );
  await db.profile.update({
    where: { userId: edited.userId },
    data: { capacity: edited.capacity + 1 },
  });
  await time('goal: suggestionsForGoal after a supporter changed their capacity', () =>
    suggestionsForGoal({ actor: employee, goalId: goal.id }),
  );
}
await db.profile.update({
  where: { userId: edited.userId },
  data: { bio: edited.bio, capacity: edited.capacity },
});

const supporterCount = await db.profile.count({ where: { offers: { not: 'NONE' } } });
const people = await db.profile.count();
console.log(`${people} profiles, ${supporterCount} offering help\n`);
// The first round is the process's first (a cold pool): shown apart from the median.
console.log('| phase | first (ms) | median of last 4 (ms) |\n|---|---|---|');
for (const [label, values] of times) {
  const sorted = values.slice(1).sort((a, b) => a - b);
  const median = Math.round((sorted[1]! + sorted[2]!) / 2);
  console.log(`| ${label} | ${Math.round(values[0]!)} | ${median} |`);
}
await db.$disconnect();
