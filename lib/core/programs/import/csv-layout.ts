/**
 * The CSV layout of a cohort file: the same data as the JSON people-and-goals file
 * (lib/core/matching/people-file.ts), laid out for spreadsheets.
 *
 * - One row per person. Columns id, email, name, organization, function, title, level,
 *   managerId, languages, timezone, skills, offersMentoring, offersCoaching, capacity,
 *   coachingAreas, bio.
 * - The same row may carry one goal (goalId, goalText, goalKind, goalClarity, goalNeeds,
 *   goalTargetTitle, goalTargetLevel) and one career step (stepTitle, stepLevel, stepFunction,
 *   stepOrganization, stepCountry, stepKind, stepYears, stepDescription).
 * - More goals or steps for a person go on further rows with the same id and the person's
 *   other columns left empty (or repeated exactly).
 * - Lists (languages, skills, coachingAreas, goalNeeds) are separated by `;`. Yes/no columns
 *   take yes, no, true, false, 1 or 0; empty is no. An empty capacity is 0; an empty managerId
 *   means no manager in the file.
 * - A cell that starts with ', then one of = + - @, is read without the ': exports write them
 *   so, so that a spreadsheet shows such text instead of running it as a formula.
 * Required columns: id, email, name, organization, function, title, level, timezone.
 */

export const PERSON_COLUMNS = [
  'id',
  'email',
  'name',
  'organization',
  'function',
  'title',
  'level',
  'managerId',
  'languages',
  'timezone',
  'skills',
  'offersMentoring',
  'offersCoaching',
  'capacity',
  'coachingAreas',
  'bio',
] as const;

export const GOAL_COLUMNS = [
  'goalId',
  'goalText',
  'goalKind',
  'goalClarity',
  'goalNeeds',
  'goalTargetTitle',
  'goalTargetLevel',
] as const;

export const STEP_COLUMNS = [
  'stepTitle',
  'stepLevel',
  'stepFunction',
  'stepOrganization',
  'stepCountry',
  'stepKind',
  'stepYears',
  'stepDescription',
] as const;

export const CSV_COLUMNS = [...PERSON_COLUMNS, ...GOAL_COLUMNS, ...STEP_COLUMNS] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly CsvColumn[] = [
  'id',
  'email',
  'name',
  'organization',
  'function',
  'title',
  'level',
  'timezone',
];

export const LIST_SEPARATOR = ';';

/** A field of the JSON format (its first path segment, or offers.x) and the column holding it. */
const COLUMN_OF_FIELD = {
  person: {
    'offers.mentoring': 'offersMentoring',
    'offers.coaching': 'offersCoaching',
    'offers.capacity': 'capacity',
    'offers.coachingAreas': 'coachingAreas',
  },
  goal: {
    id: 'goalId',
    personId: 'id',
    text: 'goalText',
    kind: 'goalKind',
    clarity: 'goalClarity',
    needs: 'goalNeeds',
    targetTitle: 'goalTargetTitle',
    targetLevel: 'goalTargetLevel',
  },
  step: {
    title: 'stepTitle',
    level: 'stepLevel',
    function: 'stepFunction',
    organization: 'stepOrganization',
    country: 'stepCountry',
    kind: 'stepKind',
    years: 'stepYears',
    description: 'stepDescription',
  },
} as const satisfies Record<string, Record<string, CsvColumn>>;

/** The CSV column of a JSON field path such as `offers.capacity` or `languages[2]`. */
export function columnOfField(kind: 'person' | 'goal' | 'step', path: string): string {
  const field = path.replace(/\[\d+\]/g, '');
  const columns: Record<string, string> = COLUMN_OF_FIELD[kind];
  return columns[field] ?? field;
}
