import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { FilePerson, PeopleFile } from '@/lib/core/matching/people-file';
import { createActor } from '@/scripts/support/actors';
import { importPeople, programWithAdmin, withEmails } from '@/scripts/support/cohort';
import { createPlatformAdmin } from '@/test/programs/runs';
import { db } from '../db';
import { previewPolicy } from './policy-preview';

const REFERENCE_DATE = new Date('2026-06-01T00:00:00Z');

const saved = {
  beenThere: 45,
  coachingAreas: 45,
  topics: 25,
  crossFunction: 10,
  crossOrganisation: 10,
  timezone: 10,
};
// The same evidence weights, with the rest turned right round: topics and time zones count
// for nothing, an outside view for everything.
const outsideView = {
  beenThere: 45,
  coachingAreas: 45,
  topics: 0,
  crossFunction: 100,
  crossOrganisation: 100,
  timezone: 0,
};

/**
 * Nadia wants to become a finance manager (a mentor) and to present better (a coach). Alex has
 * made that move in her own organisation, function and time zone; Sam made it too, elsewhere,
 * and now works in strategy far away. Kim coaches presentation; Lee coaches it too, from
 * another organisation. Omar's goal has nobody who may take it: he speaks only German.
 */
function cohort(tag: string): PeopleFile {
  const person = (
    id: string,
    name: string,
    at: Partial<FilePerson> & Pick<FilePerson, 'organization' | 'function' | 'title'>,
  ): FilePerson => ({
    id: `${id}-${tag}`,
    name: `${name} ${tag}`,
    level: 3,
    managerId: null,
    languages: ['en'],
    timezone: 'Europe/London',
    skills: [],
    bio: '',
    offers: { mentoring: false, coaching: false, capacity: 0, coachingAreas: [] },
    experiences: [],
    ...at,
  });
  const financeManager = (organization: string) => ({
    title: 'Finance Manager',
    level: 5,
    function: 'Finance',
    organization,
    country: 'GB',
    kind: 'promotion' as const,
    years: '2019-2023',
    description: 'Promoted from analyst to finance manager, leading a team of six.',
  });
  const home = `Acme ${tag}`;
  const away = `Globex ${tag}`;
  return {
    people: [
      person('nadia', 'Nadia', {
        organization: home,
        function: 'Finance',
        title: 'Finance Analyst',
        skills: ['budgeting', 'forecasting'],
      }),
      person('omar', 'Omar', {
        organization: home,
        function: 'Finance',
        title: 'Analyst',
        languages: ['de'],
      }),
      person('alex', 'Alex', {
        organization: home,
        function: 'Finance',
        title: 'Finance Manager',
        level: 5,
        skills: ['budgeting', 'forecasting'],
        bio: 'Finance manager; budgeting and forecasting are my daily work.',
        offers: { mentoring: true, coaching: false, capacity: 3, coachingAreas: [] },
        experiences: [financeManager(home)],
      }),
      person('sam', 'Sam', {
        organization: away,
        function: 'Strategy',
        title: 'Strategy Manager',
        level: 5,
        timezone: 'Asia/Tokyo',
        offers: { mentoring: true, coaching: false, capacity: 3, coachingAreas: [] },
        experiences: [financeManager(away)],
      }),
      person('kim', 'Kim', {
        organization: home,
        function: 'Finance',
        title: 'Finance Director',
        level: 6,
        skills: ['presentation'],
        offers: { mentoring: false, coaching: true, capacity: 3, coachingAreas: ['presentation'] },
      }),
      person('lee', 'Lee', {
        organization: away,
        function: 'Marketing',
        title: 'Marketing Director',
        level: 6,
        timezone: 'America/New_York',
        offers: { mentoring: false, coaching: true, capacity: 3, coachingAreas: ['presentation'] },
      }),
    ],
    goals: [
      {
        id: `g-nadia-mentor-${tag}`,
        personId: `nadia-${tag}`,
        text: 'I want to become a finance manager within two years, like someone who made that step.',
        clarity: 'clear',
        needs: ['navigate-path'],
        targetTitle: 'Finance Manager',
        targetLevel: 5,
        kind: 'mentor',
      },
      {
        id: `g-nadia-coach-${tag}`,
        personId: `nadia-${tag}`,
        text: 'I freeze when presenting budgets to the board; I want to practise and get better.',
        needs: ['presentation'],
        kind: 'coach',
      },
      {
        id: `g-omar-${tag}`,
        personId: `omar-${tag}`,
        text: 'I want help handling a conflict in my team.',
        needs: ['conflict'],
        kind: 'coach',
      },
    ],
  };
}

async function programWithCohort() {
  const tag = randomUUID().slice(0, 8);
  const { admin, programId } = await programWithAdmin();
  await importPeople({ actor: admin, programId, file: withEmails(cohort(tag)) });
  await db.program.update({ where: { id: programId }, data: { weights: saved } });
  return { admin, programId, tag };
}

describe('the policy preview', () => {
  it('is for the program’s admins: anyone else finds no program, and nothing is saved', async () => {
    const { admin, programId } = await programWithCohort();
    const otherAdmin = (await programWithAdmin()).admin;
    const stranger = await createActor();
    for (const actor of [otherAdmin, stranger])
      await expect(
        previewPolicy({ actor, input: { programId, weights: outsideView } }),
      ).rejects.toThrow('not found');

    for (const actor of [admin, await createPlatformAdmin()]) {
      const preview = await previewPolicy({
        actor,
        input: { programId, weights: outsideView },
        referenceDate: REFERENCE_DATE,
      });
      expect(preview.rows.length).toBeGreaterThan(0);
    }
    const program = await db.program.findUniqueOrThrow({ where: { id: programId } });
    expect(program.weights).toEqual(saved);
    expect(await db.auditEntry.count({ where: { programId, action: 'policy-changed' } })).toBe(0);
  });

  it('shows the sample goals first by id, with who comes first now and with the draft', async () => {
    const { admin, programId, tag } = await programWithCohort();
    const same = await previewPolicy({
      actor: admin,
      input: { programId, weights: saved },
      referenceDate: REFERENCE_DATE,
    });
    // Omar's goal has nobody who may take it (no shared language), so it is not a sample.
    expect(same.rows.map((row) => `${row.owner} ${row.kind}`).toSorted()).toEqual([
      `Nadia ${tag} coach`,
      `Nadia ${tag} mentor`,
    ]);
    const goalIds = same.rows.map((row) => row.goalId);
    expect(goalIds).toEqual(goalIds.toSorted());
    // The draft is the saved weights: both columns agree.
    expect(same.changed).toBe(0);
    for (const row of same.rows) {
      expect(row.current).not.toBeNull();
      expect(row.draft).toEqual(row.current);
      expect(row.current?.words).toMatch(/fit$/);
    }
  });

  it('moves with the weights: other weights, other numbers, the saved ones unchanged', async () => {
    const { admin, programId } = await programWithCohort();
    const ask = (weights: typeof saved) =>
      previewPolicy({ actor: admin, input: { programId, weights }, referenceDate: REFERENCE_DATE });
    const before = await ask(saved);
    const after = await ask(outsideView);
    // The column for the saved weights does not depend on the draft.
    expect(after.rows.map((row) => row.current)).toEqual(before.rows.map((row) => row.current));
    const scores = (preview: typeof before) =>
      preview.rows.map((row) => [row.draft?.personId, row.draft?.score]);
    expect(scores(after)).not.toEqual(scores(before));
    expect(after.changed).toBe(
      after.rows.filter((row) => row.current?.personId !== row.draft?.personId).length,
    );
  });
});
