/** A person edits and deletes their own goal. */
import { createTestGoal } from '@/scripts/support/people';
import { expect, test } from './support/fixtures';

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
