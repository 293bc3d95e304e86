/**
 * Timing only (not a test): how long fit preparation takes for a file of 20,000 people with
 * 5,000 mentors and coaches, and how long one goal takes against all 5,000 afterwards.
 * People come from the demo generator; where it offers fewer supporters than wanted, more
 * people are made supporters, in order, so the run is the same every time.
 *   node --import tsx scripts/bench/fit-timing.ts [people] [supporters]
 */
import { fitContext, fitScorer, prepareFile } from '@/lib/core/matching/fit';
import type { ExperienceStepKind, FilePerson, PeopleFile } from '@/lib/core/matching/people-file';
import { suggest } from '@/lib/core/matching/suggest';
import { generateDemoData } from '@/prisma/demo/generate';
import type { DemoData } from '@/prisma/demo/types';

const KINDS: Record<string, ExperienceStepKind> = {
  PROMOTION: 'promotion',
  FUNCTION_CHANGE: 'function-change',
  COUNTRY_MOVE: 'international-move',
  FOUNDED_COMPANY: 'founded-company',
  CAREER_BREAK_RETURN: 'career-break-return',
  OTHER: 'other',
};

function toFile(data: DemoData, supporters: number): PeopleFile {
  const organisation = new Map(data.organisations.map((row) => [row.id, row.name]));
  const fn = new Map(data.functions.map((row) => [row.id, row.name]));
  const name = new Map(data.users.map((row) => [row.id, row.name]));
  const steps = new Map<string, DemoData['experiences']>();
  for (const row of data.experiences)
    steps.set(row.userId, [...(steps.get(row.userId) ?? []), row]);
  let offering = 0;
  const people: FilePerson[] = data.profiles.map((row) => {
    // Keep the generator's offers until the wanted number is reached; fill up or cut off in order.
    const extra = row.offers === 'NONE' && offering < supporters;
    const offers = offering >= supporters ? 'NONE' : extra ? 'BOTH' : row.offers;
    if (offers !== 'NONE') offering++;
    return {
      id: row.userId,
      name: name.get(row.userId) ?? row.userId,
      organization: organisation.get(row.organisationId) ?? '',
      function: fn.get(row.functionId) ?? '',
      title: row.jobTitle,
      level: row.level,
      managerId: row.managerId,
      languages: row.languages,
      timezone: row.timezone,
      skills: row.skills,
      bio: row.bio,
      offers: {
        mentoring: offers === 'MENTORING' || offers === 'BOTH',
        coaching: offers === 'COACHING' || offers === 'BOTH',
        capacity: extra ? 2 : row.capacity,
        coachingAreas: extra ? ['career-direction'] : row.coachingAreas,
      },
      experiences: (steps.get(row.userId) ?? []).map((step) => ({
        title: step.title,
        level: step.level,
        function: step.functionId ? (fn.get(step.functionId) ?? '') : '',
        organization: step.organisation,
        country: step.country,
        kind: KINDS[step.kind] ?? 'other',
        years: `${step.startYear}-${step.endYear ?? ''}`,
        description: step.description,
      })),
    };
  });
  const goals = data.goals.map((goal) => ({
    id: goal.id,
    personId: goal.userId,
    text: goal.statement,
    needs: goal.needs,
    targetTitle: goal.targetTitle ?? undefined,
    targetLevel: goal.targetLevel ?? undefined,
  }));
  return { people, goals };
}

const count = Number(process.argv[2] ?? 20_000);
const supporterTarget = Number(process.argv[3] ?? 5_000);
const file = toFile(generateDemoData({ seed: 7, people: count }), supporterTarget);
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
