/** A person edits and deletes their own goal; deleting one under way tells the other side. */
import { createTestGoal } from '@/scripts/support/people';
import { expect, test } from './support/fixtures';
import { acceptedRelationship } from '@/scripts/support/relationship';

test('a person edits a goal, sees the new words and a fresh suggestion, then deletes it', async ({
  page,
  signIn,
  prisma,
}) => {
  const person = await signIn();
  const goal = await createTestGoal(
    prisma,
    person.id,
    'I want to get better at handling conflict in my team.',
  );

  await page.goto(`/goals/${goal.id}/edit`);
  await expect(page.getByLabel('Your goal, in your own words')).toHaveValue(
    'I want to get better at handling conflict in my team.',
  );
  await page
    .getByLabel('Your goal, in your own words')
    .fill('I want to become a partner at the firm and hear how others got there.');
  await page.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByRole('status')).toHaveText('Your goal is saved.');
  await expect(page.getByTestId('goal-statement')).toHaveText(
    'I want to become a partner at the firm and hear how others got there.',
  );
  await expect(page.getByTestId('triage-kind')).toHaveText('a mentor');

  await page.getByRole('button', { name: 'Delete this goal' }).click();
  await expect(page.getByText('Delete this goal? This cannot be undone.')).toBeFocused();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('status')).toHaveText('The goal is deleted.');
  await expect(page.getByText('No goals yet.')).toBeVisible();
  expect(await prisma.goal.count({ where: { userId: person.id } })).toBe(0);
});

test('deleting a goal under way asks first, and the mentor is told and left a page that works', async ({
  page,
  browser,
  signIn,
  prisma,
}) => {
  const protege = await signIn();
  const mentorContext = await browser.newContext();
  const mentorPage = await mentorContext.newPage();
  const mentor = await signIn(mentorPage);
  const { goal, relationship } = await acceptedRelationship(
    prisma,
    { protegeId: protege.id, mentorId: mentor.id },
    {
      statement: 'I want to lead a treasury team one day.',
      note: 'You lead treasury today; I would love to hear how.',
    },
  );
  // What the mentor was told before points at the relationship's page.
  await prisma.notification.create({
    data: {
      userId: mentor.id,
      kind: 'request-accepted',
      text: 'You are now working together.',
      href: `/relationships/${relationship.id}`,
    },
  });

  await page.goto(`/goals/${goal.id}`);
  await page.getByRole('button', { name: 'Delete this goal' }).click();
  await expect(
    page.getByText(
      `Delete this goal? This also ends your mentoring relationship with ${mentor.name}; the other side is told, and it cannot be undone.`,
    ),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('status')).toHaveText('The goal is deleted.');

  await mentorPage.goto('/notifications');
  const told = mentorPage.getByTestId('notifications');
  await expect(told).toContainText(
    `${protege.name} deleted the goal your mentor relationship was about, so it has ended.`,
  );
  // Every notice leads somewhere that still exists: their requests, not a missing page.
  await told.getByRole('link', { name: 'You are now working together.' }).click();
  await expect(mentorPage).toHaveURL(/\/requests$/);
  await expect(mentorPage.getByRole('heading', { level: 1 })).toBeVisible();
  await mentorContext.close();
});
