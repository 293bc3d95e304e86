/**
 * Guides on the relationship page: a mentoring relationship shows the guide for the first
 * meeting; a coaching one shows the coach question sets, the coach picks two and the protégé
 * reads them as the questions for the next meeting; turning guides off hides them for both.
 */
import { createTestProfile, createTestUser } from '@/scripts/support/people';
import { acceptedRelationship } from '@/scripts/support/relationship';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';

test('a mentoring relationship shows the first-meeting guide', async ({ page, signIn, prisma }) => {
  const protege = await signIn();
  const mentor = await createTestUser(prisma);
  await createTestProfile(prisma, mentor.id, { offers: 'MENTORING', capacity: 2 });
  const { relationship } = await acceptedRelationship(
    prisma,
    { protegeId: protege.id, mentorId: mentor.id },
    { statement: 'I want to become a Treasury Director.', note: 'Hello.' },
  );
  await page.goto(`/relationships/${relationship.id}`);
  const guide = page.getByRole('region', { name: 'Your mentoring guide' });
  await expect(guide).toContainText('For your first meeting: the path');
  await expect(guide).toContainText('never written down');
  await expectAccessible(page);
});

test('the coach picks two questions, the protégé sees them, and guides can be turned off', async ({
  page,
  browser,
  signIn,
  prisma,
}) => {
  const protege = await signIn();
  const coachContext = await browser.newContext();
  const coachPage = await coachContext.newPage();
  const coach = await signIn(coachPage);
  await createTestProfile(prisma, coach.id, { offers: 'COACHING', capacity: 2 });
  const { relationship } = await acceptedRelationship(
    prisma,
    { protegeId: protege.id, mentorId: coach.id },
    { statement: 'I freeze when I present to senior people.', note: 'Hello.' },
    { kind: 'COACH', needs: ['presentation', 'feedback'] },
  );
  const url = `/relationships/${relationship.id}`;

  await page.goto(url);
  const protegeGuide = page.getByRole('region', { name: 'Your coaching guide' });
  await expect(protegeGuide).toContainText('has not picked questions yet');

  await coachPage.goto(url);
  const coachGuide = coachPage.getByRole('region', { name: 'Your coaching guide' });
  await expect(coachGuide.getByRole('group', { name: 'Presenting' })).toBeVisible();
  await expect(coachGuide.getByRole('group', { name: 'Making sense of feedback' })).toBeVisible();
  await expectAccessible(coachPage);
  const first = 'Who is in the room, and what do they need to leave with?';
  const second = 'Which part of it rings true to you, and which part does not?';
  await coachGuide.getByRole('checkbox', { name: first }).check();
  await coachGuide.getByRole('checkbox', { name: second }).check();
  await coachGuide.getByRole('button', { name: 'Save questions for the next meeting' }).click();
  await expect(coachPage.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(coachGuide.getByRole('checkbox', { name: first })).toBeChecked();

  await page.reload();
  await expect(protegeGuide).toContainText('Questions for your next meeting');
  await expect(protegeGuide.getByTestId('guide-questions').getByRole('listitem')).toHaveText([
    first,
    second,
  ]);
  await expectAccessible(page);

  await protegeGuide.getByRole('button', { name: 'Turn the guide off' }).click();
  await expect(protegeGuide).toContainText('The guide is off for this relationship');
  await expect(protegeGuide.getByTestId('guide-questions')).toHaveCount(0);
  await coachPage.reload();
  await expect(coachGuide.getByRole('checkbox')).toHaveCount(0);
  await coachGuide.getByRole('button', { name: 'Turn the guide back on' }).click();
  await expect(coachGuide.getByRole('checkbox', { name: first })).toBeChecked();
  await coachContext.close();
});
