/**
 * The people-and-goals file that `match suggest`, `match assign` and the admin import read: a
 * public contract, so its shape only ever grows. Parsing answers with typed data or one message
 * naming the FIRST bad field (e.g. `people[3].offers.capacity: expected a whole number 0-10`),
 * including broken references (an unknown manager or goal owner, a duplicate id).
 *
 * "years" on an experience is the span of that career step as calendar years: "2015-2019",
 * "2021-" while it is ongoing, or "2019" for a step inside one year. A span (not a count) is
 * what recency needs, and it maps one-to-one onto the database's startYear/endYear.
 *
 * "email" on a person is optional here (the engine never reads it); a program import needs it
 * to find or create the person's account, and a program export always writes it.
 *
 * "intent" on a goal is optional: the structured reading of what the goal is after
 * (lib/core/goals/intent). When present, matching uses it instead of reading the goal's words;
 * an export writes the person's own correction there.
 */
import { z } from 'zod';
import { goalIntentSchema } from '@/lib/core/goals/intent/schema';
import { GOAL_NEEDS } from '@/lib/core/goals/needs';
import { MAX_LEVEL, MIN_LEVEL } from '@/lib/core/profile/levels';

export const EXPERIENCE_STEP_KINDS = [
  'promotion',
  'function-change',
  'international-move',
  'founded-company',
  'career-break-return',
  'other',
] as const;
export type ExperienceStepKind = (typeof EXPERIENCE_STEP_KINDS)[number];

const YEARS = /^(\d{4})(?:\s*(-)\s*(\d{4})?)?$/;
// Wide enough for any working life, narrow enough to catch a typo such as 20199.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

export interface YearSpan {
  start: number;
  /** null while the step is ongoing. */
  end: number | null;
}

/** Reads "2015-2019", "2021-" or "2019"; null when the text is not such a span. */
export function parseYears(text: string): YearSpan | null {
  const found = YEARS.exec(text.trim());
  if (!found) return null;
  const start = Number(found[1]);
  const end = found[3] !== undefined ? Number(found[3]) : found[2] ? null : start;
  if (start < FIRST_YEAR || start > LAST_YEAR) return null;
  if (end !== null && (end < start || end > LAST_YEAR)) return null;
  return { start, end };
}

const text = (max: number) =>
  z.string({ error: 'expected text' }).max(max, `expected at most ${max} characters`);
const id = z
  .string({ error: 'expected an id' })
  .trim()
  .min(1, 'expected an id')
  .max(100, 'expected at most 100 characters');
const level = z
  .number({ error: `expected a whole number ${MIN_LEVEL}-${MAX_LEVEL}` })
  .int(`expected a whole number ${MIN_LEVEL}-${MAX_LEVEL}`)
  .min(MIN_LEVEL, `expected a whole number ${MIN_LEVEL}-${MAX_LEVEL}`)
  .max(MAX_LEVEL, `expected a whole number ${MIN_LEVEL}-${MAX_LEVEL}`);
const need = z.enum(GOAL_NEEDS, { error: `expected one of ${GOAL_NEEDS.join(', ')}` });
const capacity = z
  .number({ error: 'expected a whole number 0-10' })
  .int('expected a whole number 0-10')
  .min(0, 'expected a whole number 0-10')
  .max(10, 'expected a whole number 0-10');

const experienceSchema = z.object({
  title: text(200),
  level,
  function: text(200),
  organization: text(200),
  country: text(100),
  kind: z.enum(EXPERIENCE_STEP_KINDS, {
    error: `expected one of ${EXPERIENCE_STEP_KINDS.join(', ')}`,
  }),
  years: z
    .string({ error: 'expected a span of years such as "2015-2019", "2021-" or "2019"' })
    .refine(
      (value) => parseYears(value) !== null,
      'expected a span of years such as "2015-2019", "2021-" or "2019"',
    ),
  description: text(2000),
});

const personSchema = z.object(
  {
    id,
    email: z
      .email({ error: 'expected an e-mail address' })
      .max(254, 'expected at most 254 characters')
      .optional(),
    name: text(200),
    organization: text(200),
    function: text(200),
    title: text(200),
    level,
    managerId: id.nullable(),
    languages: z.array(
      z.string({ error: 'expected a language code' }).trim().min(1, 'expected a language code'),
      { error: 'expected a list of languages' },
    ),
    timezone: z
      .string({ error: 'expected an IANA time zone' })
      .refine(isKnownZone, 'expected an IANA time zone such as Europe/Paris'),
    skills: z.array(text(200), { error: 'expected a list of skills' }),
    bio: text(5000),
    offers: z.object(
      {
        mentoring: z.boolean({ error: 'expected true or false' }),
        coaching: z.boolean({ error: 'expected true or false' }),
        capacity,
        coachingAreas: z.array(need, { error: 'expected a list of need ids' }),
      },
      { error: 'expected an object' },
    ),
    experiences: z.array(experienceSchema, { error: 'expected a list of experiences' }),
  },
  { error: 'expected an object' },
);

const goalSchema = z.object(
  {
    id,
    personId: id,
    text: text(5000),
    clarity: z
      .enum(['clear', 'exploring'], { error: 'expected "clear" or "exploring"' })
      .optional(),
    needs: z.array(need, { error: 'expected a list of need ids' }).optional(),
    targetTitle: text(200).optional(),
    targetLevel: level.optional(),
    kind: z
      .enum(['mentor', 'coach', 'both'], { error: 'expected "mentor", "coach" or "both"' })
      .optional(),
    /** What the goal is after, when known better than its words say (a person's correction). */
    intent: goalIntentSchema.optional(),
  },
  { error: 'expected an object' },
);

export const peopleFileSchema = z.object(
  {
    people: z.array(personSchema, { error: 'expected a list of people' }),
    goals: z.array(goalSchema, { error: 'expected a list of goals' }),
  },
  { error: 'expected an object with "people" and "goals"' },
);

export type PeopleFile = z.infer<typeof peopleFileSchema>;
export type FilePerson = PeopleFile['people'][number];
export type FileGoal = PeopleFile['goals'][number];
export type FileExperience = FilePerson['experiences'][number];

// Building a formatter is the only way to ask; a file repeats a few zones thousands of times.
const knownZones = new Map<string, boolean>();

function isKnownZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    // Bounded: a hostile file full of distinct made-up zones must not grow it without end.
    if (knownZones.size < 10_000) knownZones.set(zone, known);
  }
  return known;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
}

/** Duplicate ids and dangling references, in file order, so the first one is named. */
function firstBrokenReference(file: PeopleFile): string | null {
  const people = new Set<string>();
  for (const [index, person] of file.people.entries()) {
    if (people.has(person.id)) return `people[${index}].id: "${person.id}" is used twice`;
    people.add(person.id);
  }
  for (const [index, person] of file.people.entries()) {
    if (person.managerId === null) continue;
    if (!people.has(person.managerId))
      return `people[${index}].managerId: no person has id "${person.managerId}"`;
    if (person.managerId === person.id)
      return `people[${index}].managerId: a person cannot be their own manager`;
  }
  const goals = new Set<string>();
  for (const [index, goal] of file.goals.entries()) {
    if (goals.has(goal.id)) return `goals[${index}].id: "${goal.id}" is used twice`;
    goals.add(goal.id);
    if (!people.has(goal.personId))
      return `goals[${index}].personId: no person has id "${goal.personId}"`;
  }
  return null;
}

export type ParsedPeopleFile = { ok: true; file: PeopleFile } | { ok: false; error: string };

export function parsePeopleFile(source: string): ParsedPeopleFile {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return {
      ok: false,
      error: `not valid JSON: ${error instanceof Error ? error.message : 'unreadable'}`,
    };
  }
  const parsed = peopleFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return { ok: false, error: 'the file could not be read' };
    const path = fieldPath(issue.path);
    return { ok: false, error: path ? `${path}: ${issue.message}` : issue.message };
  }
  const broken = firstBrokenReference(parsed.data);
  return broken ? { ok: false, error: broken } : { ok: true, file: parsed.data };
}
