/** A person manages their own account: password, sign-in limits, and leaving for good. */
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';

test('a person changes their password and signs in with the new one', async ({ page, signIn }) => {
  const person = await signIn();
  await page.goto('/account');
  await expectAccessible(page);
  await page.getByLabel('Current password').fill(person.password);
  await page.getByLabel('New password', { exact: true }).fill('an even better password');
  await page.getByLabel('New password again').fill('an even better password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toHaveText('Your password is changed.');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }),
  ).toBeVisible();
  await page.goto('/sign-in');
  await page.getByLabel('E-mail', { exact: true }).fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill('an even better password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${person.name}` })).toBeVisible();

  // The session cookie the sign-in set: out of scripts' reach and not sent by other sites.
  const session = (await page.context().cookies()).find((cookie) =>
    cookie.name.endsWith('authjs.session-token'),
  );
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
});

test('after five wrong passwords the sign-in form says when to try again', async ({
  page,
  signIn,
  browser,
}) => {
  const person = await signIn(await browser.newPage());
  await page.goto('/sign-in');
  for (let attempt = 1; attempt <= 6; attempt++) {
    await page.getByLabel('E-mail', { exact: true }).fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill(`wrong guess ${attempt}`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const expected =
      attempt <= 5
        ? 'That e-mail and password do not match an account.'
        : 'Too many sign-in attempts. Try again in 15 minutes.';
    await expect(page.getByTestId('form-error')).toHaveText(expected);
  }
  // Even the right password waits now: the limit is on the account, not on wrong answers.
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('form-error')).toHaveText(
    'Too many sign-in attempts. Try again in 15 minutes.',
  );
});

test('a person deletes their account, and cannot sign in again', async ({
  page,
  signIn,
  prisma,
}) => {
  const person = await signIn();
  await page.goto('/account');
  await page.getByLabel('Your password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(
    page.getByText('Tick the box to confirm that your data will be deleted.'),
  ).toBeVisible();

  await page.getByRole('checkbox', { name: /I understand/ }).check();
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }),
  ).toBeVisible();
  // Only an anonymous row stays, for program figures.
  expect(await prisma.user.findUnique({ where: { id: person.id } })).toMatchObject({
    name: 'A former member',
    email: `deleted-${person.id}@deleted.invalid`,
  });

  await page.goto('/sign-in');
  await page.getByLabel('E-mail', { exact: true }).fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('form-error')).toHaveText(
    'That e-mail and password do not match an account.',
  );
});
