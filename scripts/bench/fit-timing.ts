/**
 * Timing only (not a test): how long fit preparation takes for a file of 20,000 people with
 * 5,000 mentors and coaches, and how long one goal takes against all 5,000 afterwards.
 * People come from the demo generator; where it offers fewer supporters than wanted, more
 * people are made supporters, in order, so the run is the same every time.
 *   node --import tsx scripts/bench/fit-timing.ts [people] [supporters]
 */
import { fitContext, fitScorer, prepareFile } from '@/lib/core/matching/fit';
import { suggest } from '@/lib/core/matching/suggest';
import { demoPeopleFile } from './demo-people-file';

const count = Number(process.argv[2] ?? 20_000);
const supporterTarget = Number(process.argv[3] ?? 5_000);
const file = demoPeopleFile(count, supporterTarget);
const supporterIds = file.people
  .filter((p) => p.offers.mentoring || p.offers.coaching)
  .map((p) => p.id);
console.log(
  `${file.people.length} people, ${supporterIds.length} supporters, ${file.goals.length} goals`,
);

let started = performance.now();
prepareFile({ people: file.people, goals: [] }, new Date('2026-01-15T12:00:00Z'));
console.log(`prepare people only: ${Math.round(performance.now() - started)} ms`);
started = performance.now();
const prepared = prepareFile(file, new Date('2026-01-15T12:00:00Z'));
console.log(`prepare people + goals: ${Math.round(performance.now() - started)} ms`);

const scorer = fitScorer(prepared, fitContext());
const sample = prepared.goals.slice(0, 50);
started = performance.now();
let eligible = 0;
for (const goal of sample)
  for (const id of supporterIds)
    if (scorer.score(goal, id, goal.kinds[0] ?? 'mentor') !== null) eligible++;
const perGoal = (performance.now() - started) / sample.length;
console.log(
  `one goal x ${supporterIds.length} supporters: ${perGoal.toFixed(1)} ms (${((perGoal * 1000) / supporterIds.length).toFixed(2)} us a pair; ${eligible} eligible pairs over ${sample.length} goals)`,
);

const subset = { ...prepared, goals: prepared.goals.slice(0, 200) };
started = performance.now();
suggest(subset, fitContext(), 5);
console.log(
  `suggest for ${subset.goals.length} goals: ${Math.round(performance.now() - started)} ms`,
);
console.log(`heap used: ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB`);
