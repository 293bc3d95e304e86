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
  await expect(page.getByRole('status')).toHaveText(
    'Your password is changed, and you are signed out everywhere else.',
  );

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
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

test('wrong passwords make the sign-in form ask for a short wait, then the right one works', async ({
  page,
  signIn,
  browser,
}) => {
  const person = await signIn(await browser.newPage());
  await page.goto('/sign-in');
  const attempt = async (password: string) => {
    await page.getByLabel('E-mail', { exact: true }).fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  };
  for (let guess = 1; guess <= 4; guess++) {
    await attempt(`wrong guess ${guess}`);
    await expect(page.getByTestId('form-error')).toHaveText(
      'That e-mail and password do not match an account.',
    );
  }
  // The fifth try comes too soon, and the form says how long to wait, even for the right one.
  await attempt(person.password);
  await expect(page.getByTestId('form-error')).toHaveText(
    'Too many wrong passwords for this account. Try again in 5 seconds.',
  );
  // A short wait, not a lockout: afterwards the owner is in.
  await page.waitForTimeout(5_500);
  await attempt(person.password);
  await expect(page.getByRole('heading', { name: `Welcome, ${person.name}` })).toBeVisible();
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
  await expect(page.getByRole('status')).toContainText('Your account is deleted');
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
