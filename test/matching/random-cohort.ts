/**
 * Random small cohorts for property tests, from one seed: people across a few organisations,
 * functions, zones and languages, with reporting lines, career steps, coaching areas and
 * goals of every kind. Small vocabularies on purpose, so that ties, shared words, excluded
 * pairs and full supporters all happen often.
 */
import { GOAL_NEEDS } from '@/lib/core/goals/needs';
import {
  EXPERIENCE_STEP_KINDS,
  type FileGoal,
  type FilePerson,
  type PeopleFile,
} from '@/lib/core/matching/people-file';

const ORGANISATIONS = ['Acme', 'Globex', 'Initech'];
const FUNCTIONS = ['Finance', 'Engineering', 'Sales', 'People'];
const ZONES = ['Europe/London', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata'];
const LANGUAGES = ['en', 'fr', 'de', 'hi'];
const TITLES = ['Finance Director', 'Engineering Manager', 'Sales Lead', 'Analyst', 'Founder'];
const WORDS =
  'treasury budget forecasting team hiring negotiation startup abroad relocate presenting conflict feedback product roadmap sales pipeline coaching career'.split(
    ' ',
  );
const GOAL_TEXTS = [
  'I want to become a Finance Director within two years.',
  'I want to get better at presenting and handling conflict.',
  'I am not sure what my next step should be.',
  'I want to relocate abroad and lead a team there.',
  'I want to start a company of my own one day.',
  'I want to make sense of the feedback from my last review.',
];

/** mulberry32: a tiny seeded generator, so a failing case is replayed from its seed. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const some = <T>(items: readonly T[], most: number): T[] => [
    ...new Set(Array.from({ length: int(0, most) }, () => pick(items))),
  ];
  return { next, int, pick, some };
}

export function randomCohort(
  seed: number,
  size: { people: number; goals: number } = { people: 12, goals: 8 },
): PeopleFile & { excludedPairs: [string, string][] } {
  const random = generator(seed);
  const people: FilePerson[] = [];
  for (let at = 0; at < size.people; at++) {
    const mentoring = random.next() < 0.5;
    const coaching = random.next() < 0.4;
    people.push({
      id: `p${seed}-${at}`,
      name: `Person ${at}`,
      organization: random.pick(ORGANISATIONS),
      function: random.pick(FUNCTIONS),
      title: random.pick(TITLES),
      level: random.int(1, 8),
      // Managers come earlier in the list, so lines never loop.
      managerId: at > 0 && random.next() < 0.4 ? `p${seed}-${random.int(0, at - 1)}` : null,
      languages: [random.pick(LANGUAGES), ...random.some(LANGUAGES, 1)],
      timezone: random.pick(ZONES),
      skills: random.some(WORDS, 3),
      bio: random.some(WORDS, 5).join(' '),
      offers: {
        mentoring,
        coaching,
        capacity: mentoring || coaching ? random.int(0, 3) : 0,
        coachingAreas: coaching ? random.some(GOAL_NEEDS, 3) : [],
      },
      experiences: Array.from({ length: random.int(0, 3) }, () => {
        const start = random.int(1995, 2024);
        return {
          title: random.pick(TITLES),
          level: random.int(1, 8),
          function: random.pick(FUNCTIONS),
          organization: random.pick(ORGANISATIONS),
          country: 'GB',
          kind: random.pick(EXPERIENCE_STEP_KINDS),
          years: random.next() < 0.3 ? `${start}-` : `${start}-${start + random.int(0, 4)}`,
          description: random.some(WORDS, 4).join(' '),
        };
      }),
    });
  }
  const goals: FileGoal[] = Array.from({ length: size.goals }, (_, at) => {
    const owner = random.pick(people);
    return {
      id: `g${seed}-${at}`,
      personId: owner.id,
      text: random.pick(GOAL_TEXTS),
      ...(random.next() < 0.5 ? { kind: random.pick(['mentor', 'coach', 'both'] as const) } : {}),
      ...(random.next() < 0.4 ? { targetTitle: random.pick(TITLES) } : {}),
      ...(random.next() < 0.4 ? { targetLevel: random.int(1, 8) } : {}),
      ...(random.next() < 0.3 ? { needs: random.some(GOAL_NEEDS, 2) } : {}),
    };
  });
  const excludedPairs: [string, string][] = Array.from({ length: random.int(0, 3) }, () => [
    random.pick(people).id,
    random.pick(people).id,
  ]);
  return { people, goals, excludedPairs };
}
