/**
 * One person's goals and profile are out of another's reach: by URL, and by calling the
 * server action directly with the other person's goal id.
 */
import { createTestGoal, createTestProfile } from '@/scripts/support/people';
import { expect, test } from './support/fixtures';
import { takeServed404s } from './support/served-404s';

test("another person's goal is not found by URL", async ({
  page,
  signIn,
  prisma,
  browser,
  consoleErrors,
}) => {
  const owner = await signIn(await browser.newPage());
  const goal = await createTestGoal(
    prisma,
    owner.id,
    'Private: I want to leave my team for product management.',
  );
  await signIn(page);

  for (const path of [`/goals/${goal.id}`, `/goals/${goal.id}/edit`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await expect(page.getByText('product management')).toHaveCount(0);
  }
  await takeServed404s(consoleErrors, 2);
  await page.goto('/goals');
  await expect(page.getByText('product management')).toHaveCount(0);
});

test("a forged update or delete of another person's goal changes nothing", async ({
  page,
  signIn,
  prisma,
  browser,
}) => {
  const owner = await signIn(await browser.newPage());
  const victim = await createTestGoal(
    prisma,
    owner.id,
    'Untouched: become head of design in Lisbon.',
  );
  const intruder = await signIn(page);
  const own = await createTestGoal(prisma, intruder.id, 'My own goal about learning to present.');

  // The intruder's own forms, with the server-action call rewritten in flight to name the
  // victim's goal: the real action runs on a forged request.
  const forge = async (submit: () => Promise<void>) => {
    await page.route('**/goals/**', async (route) => {
      const body = route.request().postData();
      if (route.request().method() !== 'POST' || !body) return route.continue();
      await route.continue({ postData: body.replaceAll(own.id, victim.id) });
    });
    await submit();
    await expect(page.getByText('That goal was not found.')).toBeVisible();
    await page.unrouteAll();
  };
  await page.goto(`/goals/${own.id}/edit`);
  await page
    .getByLabel('Your goal, in your own words')
    .fill('Overwritten by someone else entirely.');
  await forge(() => page.getByRole('button', { name: 'Save goal' }).click());
  await expect(page.getByTestId('form-error')).toHaveText('That goal was not found.');

  await page.goto(`/goals/${own.id}`);
  await page.getByRole('button', { name: 'Delete this goal' }).click();
  await forge(() => page.getByRole('button', { name: 'Yes, delete it' }).click());

  const after = await prisma.goal.findUniqueOrThrow({ where: { id: victim.id } });
  expect(after.statement).toBe('Untouched: become head of design in Lisbon.');
  const ownAfter = await prisma.goal.findUniqueOrThrow({ where: { id: own.id } });
  expect(ownAfter.statement).toBe('My own goal about learning to present.');
});

test("there is no page that shows another person's profile or lets anyone edit it", async ({
  page,
  signIn,
  prisma,
  browser,
}) => {
  const owner = await signIn(await browser.newPage());
  await createTestProfile(prisma, owner.id, { jobTitle: 'Chief of secrets' });
  await signIn(page);
  await page.goto(`/profile?userId=${owner.id}`);
  await expect(page.getByText('Chief of secrets')).toHaveCount(0);
  await page.goto(`/profile/edit?userId=${owner.id}`);
  await expect(page.getByLabel('Job title')).toHaveValue('');
});
