/**
 * A small cohort file for import tests: every field of the format used at least once, a
 * reporting line, people with several goals and steps, and text that CSV has to quote. Each
 * call makes its own ids and e-mails, so tests run in any order.
 */
import { randomUUID } from 'node:crypto';
import type { FileGoal } from '@/lib/core/matching/people-file';
import type { CohortFile, ImportPerson } from '@/lib/core/programs/import/types';

export function sampleCohort(tag = randomUUID().slice(0, 8)): CohortFile {
  const id = (name: string) => `${name}-${tag}`;
  const email = (name: string) => `${name}.${tag}@cohort.example.test`;
  const people: ImportPerson[] = [
    {
      id: id('ines'),
      email: email('ines'),
      name: 'Inès Moreau',
      organization: `Northwind ${tag}`,
      function: 'Finance',
      title: 'Finance Director',
      level: 6,
      managerId: null,
      languages: ['fr', 'en'],
      timezone: 'Europe/Paris',
      skills: ['Budgeting', 'Board reporting'],
      bio: 'Led finance teams in two countries, "hands on"; happy to talk.\nAsk me about moving up.',
      offers: { mentoring: true, coaching: false, capacity: 2, coachingAreas: [] },
      experiences: [
        {
          title: 'Finance Manager',
          level: 5,
          function: 'Finance',
          organization: 'Contoso',
          country: 'FR',
          kind: 'promotion',
          years: '2014-2018',
          description: 'First team of six, budgets, forecasts',
        },
        {
          title: 'Finance Director',
          level: 6,
          function: 'Finance',
          organization: `Northwind ${tag}`,
          country: 'GB',
          kind: 'international-move',
          years: '2018-',
          description: '',
        },
      ],
    },
    {
      id: id('tom'),
      email: email('tom'),
      name: 'Tom Baker',
      organization: `Northwind ${tag}`,
      function: 'Finance',
      title: 'Analyst',
      level: 2,
      managerId: id('ines'),
      languages: ['en'],
      timezone: 'Europe/London',
      skills: [],
      bio: '=1+1 is not a formula here',
      offers: { mentoring: false, coaching: false, capacity: 0, coachingAreas: [] },
      experiences: [],
    },
    {
      id: id('ada'),
      email: email('ada'),
      name: 'Ada Okafor',
      organization: `Fabrikam ${tag}`,
      function: `People ${tag}`,
      title: 'Coach',
      level: 5,
      managerId: null,
      languages: ['en', 'yo'],
      timezone: 'Africa/Lagos',
      skills: ['Coaching', 'Facilitation'],
      bio: '',
      offers: {
        mentoring: false,
        coaching: true,
        capacity: 3,
        coachingAreas: ['presentation', 'conflict'],
      },
      experiences: [
        {
          title: 'HR Partner',
          level: 4,
          function: '',
          organization: 'Elsewhere Ltd',
          country: 'NG',
          kind: 'career-break-return',
          years: '2019-2021',
          description: 'Back after two years away',
        },
      ],
    },
  ];
  const goals: FileGoal[] = [
    {
      id: id('g-tom-1'),
      personId: id('tom'),
      text: 'I want to become a finance manager within two years and need someone who has done it.',
      clarity: 'clear',
      needs: ['navigate-path'],
      targetTitle: 'Finance Manager',
      targetLevel: 5,
      kind: 'mentor',
    },
    {
      id: id('g-tom-2'),
      personId: id('tom'),
      text: 'I freeze when presenting to the board; I want to practise and get better at it.',
      needs: ['presentation'],
      kind: 'coach',
    },
    {
      id: id('g-ada-1'),
      personId: id('ada'),
      text: 'Not sure where to go next after my return; I would like to explore options.',
      clarity: 'exploring',
      needs: [],
      kind: 'both',
    },
  ];
  return { people, goals };
}
