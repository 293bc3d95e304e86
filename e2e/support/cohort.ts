/**
 * A small finance cohort for program specs, in the import file's own format, and the admin's
 * steps that bring it into a new program: create the program, preview the file, import it.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface CohortPerson {
  id: string;
  name: string;
  title: string;
  level: number;
  /** Mentors offer one place each and have lived the promotion to treasury director. */
  mentors: boolean;
}

export function cohortEmail(id: string, tag: string) {
  return `${id}-${tag}@cohort.example.test`;
}

/** Protégés who all want a treasury mentor, and the mentors who could be theirs. */
export function cohortFile(tag: string, people: CohortPerson[]) {
  const proteges = people.filter((person) => !person.mentors);
  return {
    people: people.map(({ id, name, title, level, mentors }) => ({
      id,
      email: cohortEmail(id, tag),
      name: `${name} ${tag}`,
      organization: mentors ? `Globex ${tag}` : `Acme ${tag}`,
      function: 'Finance',
      title,
      level,
      managerId: null,
      languages: ['en'],
      timezone: 'Europe/London',
      skills: ['treasury', 'forecasting'],
      bio: mentors ? 'Led treasury teams through two acquisitions.' : 'Finance analyst.',
      offers: { mentoring: mentors, coaching: false, capacity: mentors ? 1 : 0, coachingAreas: [] },
      experiences: mentors
        ? [
            {
              title: 'Treasury Director',
              level: 6,
              function: 'Finance',
              organization: `Globex ${tag}`,
              country: 'GB',
              kind: 'promotion',
              years: '2018-',
              description: 'Promoted from treasury manager to director.',
            },
          ]
        : [],
    })),
    goals: proteges.map(({ id }) => ({
      id: `goal-${id}`,
      personId: id,
      text: 'I want to become a Treasury Director within two years, like those who made that step.',
      targetTitle: 'Treasury Director',
      targetLevel: 6,
      kind: 'mentor',
    })),
  };
}

/** Creates a program with the signed-in admin as its admin; the page ends on its overview. */
export async function createProgram(page: Page, name: string, adminEmail: string) {
  await page.goto('/programs');
  await page.getByLabel('Program name').fill(name);
  await page.getByLabel('Program admins').fill(adminEmail);
  await page.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

/** Imports the file from the program's People tab: a preview first, then the import itself. */
export async function importCohort(page: Page, file: ReturnType<typeof cohortFile>) {
  await page.getByRole('link', { name: 'People' }).click();
  await page.getByLabel('Cohort file').setInputFiles({
    name: 'cohort.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { name: /Preview of cohort.json/ })).toBeVisible();
  await page.getByRole('button', { name: `Import ${file.people.length} people` }).click();
  await expect(page.getByRole('heading', { name: 'Imported cohort.json' })).toBeVisible();
}
