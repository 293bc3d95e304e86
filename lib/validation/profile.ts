/** Input schemas for a person's profile and career steps, shared by the forms and the server. */
import { z } from 'zod';
import { GOAL_NEEDS, NEED_POINTS_TO, type GoalNeed } from '@/lib/core/goals/needs';
import { EXPERIENCE_KIND_IDS } from '@/lib/core/profile/experience-kinds';
import { MAX_LEVEL, MIN_LEVEL } from '@/lib/core/profile/levels';
import { isCountryCode, isLanguageCode, isTimezone } from '@/lib/core/profile/places';

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `Use at most ${max} characters.`);

const level = z.coerce
  .number({ error: 'Choose a level.' })
  .int()
  .min(MIN_LEVEL, 'Choose a level.')
  .max(MAX_LEVEL, 'Choose a level.');

const country = z
  .string({ error: 'Choose a country.' })
  .refine(isCountryCode, 'Choose a country from the list.');

/** "a, b,  c" -> ["a", "b", "c"]: skills are typed as one comma-separated line. */
const commaList = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => [
      ...new Set(
        (value ?? '')
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().max(60, 'Keep each item under 60 characters.'))
        .max(max, `List at most ${max}.`),
    );

const COACHING_AREAS = GOAL_NEEDS.filter((need) => NEED_POINTS_TO[need] === 'coach') as GoalNeed[];

export const profileSchema = z
  .object({
    organisation: text('your organisation', 100),
    function: text('your function', 60),
    jobTitle: text('your job title', 100),
    level,
    yearsExperience: z.coerce
      .number({ error: 'Enter a number of years.' })
      .int('Enter whole years.')
      .min(0)
      .max(60),
    country,
    timezone: z
      .string({ error: 'Choose a time zone.' })
      .refine(isTimezone, 'Choose a time zone from the list.'),
    languages: z
      .array(z.string().refine(isLanguageCode, 'Choose languages from the list.'), {
        error: 'Choose at least one language.',
      })
      .min(1, 'Choose at least one language.')
      .max(10),
    skills: commaList(30),
    bio: z.string().trim().max(1000, 'Keep your bio under 1000 characters.').optional().default(''),
    /** A person picked from the directory (the manager field's look-up), by id. */
    managerId: z.string().trim().max(64).optional(),
    offers: z.enum(['NONE', 'MENTORING', 'COACHING', 'BOTH'], {
      error: 'Choose what you can offer.',
    }),
    capacity: z.coerce
      .number()
      .int()
      .min(0, 'Between 0 and 10.')
      .max(10, 'Between 0 and 10.')
      .default(0),
    coachingAreas: z.array(z.enum(COACHING_AREAS as [GoalNeed, ...GoalNeed[]])).default([]),
    /** Ticked boxes: what others may not see. Unticked (absent) means shown. */
    hidePastEmployers: z.boolean().default(false),
    hideFromSuggestions: z.boolean().default(false),
  })
  .superRefine((input, context) => {
    const coaches = input.offers === 'COACHING' || input.offers === 'BOTH';
    if (coaches && input.coachingAreas.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['coachingAreas'],
        message: 'Choose what you coach on.',
      });
    }
    if (input.offers !== 'NONE' && input.capacity === 0) {
      context.addIssue({
        code: 'custom',
        path: ['capacity'],
        message: 'Say how many people you can take on.',
      });
    }
  });

export type ProfileInput = z.infer<typeof profileSchema>;

export const experienceSchema = z
  .object({
    title: text('the title you held', 100),
    level,
    function: text('the function', 60),
    organisation: text('the organisation', 100),
    country,
    kind: z.enum(EXPERIENCE_KIND_IDS as [string, ...string[]], {
      error: 'Choose what kind of step it was.',
    }),
    startYear: z.coerce.number({ error: 'Enter the year it started.' }).int().min(1950).max(2100),
    endYear: z.coerce.number().int().min(1950).max(2100).optional(),
    description: z.string().trim().max(300, 'Keep it under 300 characters.').optional().default(''),
  })
  .refine((input) => input.endYear === undefined || input.endYear >= input.startYear, {
    path: ['endYear'],
    message: 'The end cannot be before the start.',
  });

export type ExperienceInput = z.infer<typeof experienceSchema>;

/** What is typed into the manager field, to look people up by name. */
export const managerQuerySchema = z.object({
  query: z.string().trim().min(2).max(100),
});

export const idSchema = z.object({ id: z.string().min(1).max(64) });

/** The person in a profile page's address (/people/<userId>). */
export const personPageSchema = z.object({ userId: z.string().trim().min(1).max(64) });
