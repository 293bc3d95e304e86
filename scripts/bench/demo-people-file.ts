/**
 * A people-and-goals file made by the demo generator, for benchmarks: realistic careers,
 * goals and reporting lines at any size. Where the generator offers fewer mentors and coaches
 * than wanted, more people are made supporters, in order, so the file is the same every run.
 */
import type { FilePerson, PeopleFile } from '@/lib/core/matching/people-file';
import { fileStepKind } from '@/lib/core/profile/experience-kinds';
import { generateDemoData } from '@/prisma/demo/generate';
import { countingIds } from '@/prisma/demo/ids';
import type { DemoData } from '@/prisma/demo/types';

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
        kind: fileStepKind(step.kind),
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

export function demoPeopleFile(people: number, supporters: number, seed = 7): PeopleFile {
  return toFile(generateDemoData({ seed, people, newId: countingIds() }), supporters);
}
