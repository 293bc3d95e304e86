/**
 * The goal page says whether a goal calls for a mentor or a coach, and why, and lets the
 * person choose otherwise.
 */
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';

async function addGoal(page: import('@playwright/test').Page, statement: string) {
  await page.goto('/goals/new');
  await page.getByLabel('Your goal, in your own words').fill(statement);
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByTestId('goal-statement')).toHaveText(statement);
}

test('presenting to executives calls for a coach, with a reason about presenting', async ({
  page,
  signIn,
}) => {
  await signIn();
  await addGoal(page, 'I want to get better at presenting to executives without freezing up.');
  await expect(page.getByTestId('triage-kind')).toHaveText('a coach');
  await expect(page.locator('[data-reason="text-skill-presentation"]')).toContainText('present');
  await expectAccessible(page);
});

test('becoming a CFO calls for a mentor; the person can choose a coach instead, and it is kept', async ({
  page,
  signIn,
  prisma,
}) => {
  const person = await signIn();
  await addGoal(page, 'My goal is to become the CFO of a listed company in the next five years.');
  await expect(page.getByTestId('triage-kind')).toHaveText('a mentor');
  await expect(page.getByTestId('triage')).toContainText('CFO');

  await page.getByRole('radio', { name: 'A coach' }).check();
  await page.getByRole('button', { name: 'Save my choice' }).click();
  await expect(page.getByTestId('chosen-kind')).toContainText(
    'You chose to look for a coach instead',
  );
  await page.reload();
  await expect(page.getByRole('radio', { name: 'A coach' })).toBeChecked();
  const goal = await prisma.goal.findFirstOrThrow({ where: { userId: person.id } });
  expect(goal).toMatchObject({ triageKind: 'MENTOR', chosenKind: 'COACH' });
  expect(goal.chosenAt).toBeInstanceOf(Date);
});

test('the optional questions refine a vague goal', async ({ page, signIn }) => {
  await signIn();
  await addGoal(page, 'Not totally sure what I want next in my career, to be honest.');
  await expect(page.getByTestId('triage-kind')).toHaveText('a coach');

  await page.getByText('Sharpen the suggestion: two optional questions').click();
  await page.getByRole('radio', { name: 'I know where I want to go' }).check();
  await page
    .getByRole('checkbox', { name: 'Reaching a senior role where the rules are unwritten' })
    .check();
  await page.getByRole('checkbox', { name: 'Navigating a specific path I have chosen' }).check();
  await page.getByRole('button', { name: 'Update the suggestion' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Thanks: the suggestion now uses your answers.',
  );
  await expect(page.getByTestId('triage-kind')).toHaveText('a mentor');
  await expect(page.locator('[data-reason^="answer-"]').first()).toBeVisible();
});
