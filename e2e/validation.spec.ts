/** Bad input is answered with a clear message beside the field, and what was typed stays. */
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';

test('sign-up explains what is wrong and keeps what was typed', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Sam');
  await page.getByLabel('Work e-mail').fill('not-an-email');
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(
    page.getByText('Enter a valid e-mail address, like name@example.com.'),
  ).toBeVisible();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await expect(page.getByLabel('Work e-mail')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Your name')).toHaveValue('Sam');
  await expectAccessible(page);
});

test('sign-up refuses a guessable password and says why', async ({ page, prisma }) => {
  const email = `weak-${Date.now()}@example.test`;
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Sam Weak');
  await page.getByLabel('Work e-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('password12');
  await page.getByRole('button', { name: 'Create account' }).click();

  // The reason sits beside the password, as the estimator gave it.
  await expect(page.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(
    /This password is too easy to guess\. .*common/i,
  );
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Weak');
  expect(await prisma.user.findUnique({ where: { email } })).toBeNull();
  await expectAccessible(page);
});

test('a refused sign-in keeps the e-mail typed, but never echoes the password', async ({
  page,
  signIn,
  browser,
}) => {
  const existing = await signIn(await browser.newPage());
  await page.goto('/sign-in');
  await page.getByLabel('E-mail', { exact: true }).fill(existing.email);
  await page.getByLabel('Password', { exact: true }).fill('not the right password');
  let reply = '';
  await page.route('**/sign-in', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const response = await route.fetch();
    reply = await response.text();
    await route.fulfill({ response, body: reply });
  });
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('form-error')).toBeVisible();
  expect(reply).toContain(existing.email);
  expect(reply).not.toContain('not the right password');
});

test('a wrong password and an unknown e-mail get the same message', async ({
  page,
  signIn,
  browser,
}) => {
  const existing = await signIn(await browser.newPage());
  for (const [email, password] of [
    [existing.email, 'not the right password'],
    ['nobody-at-all@example.test', 'not the right password'],
  ]) {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail', { exact: true }).fill(email!);
    await page.getByLabel('Password', { exact: true }).fill(password!);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByTestId('form-error')).toHaveText(
      'That e-mail and password do not match an account.',
    );
    await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue(email!);
  }
});

test('a goal that is too short, and an empty profile, are refused field by field', async ({
  page,
  signIn,
}) => {
  await signIn();
  await page.goto('/goals/new');
  await page.getByLabel('Your goal, in your own words').fill('VP');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByText('Say a little more: at least 10 characters.')).toBeVisible();
  await expect(page.getByLabel('Your goal, in your own words')).toHaveValue('VP');

  await page.goto('/profile/edit');
  await page.getByRole('radio', { name: 'Coaching', exact: true }).check();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Enter your organisation.')).toBeVisible();
  await expect(page.getByText('Choose a level.')).toBeVisible();
  await expectAccessible(page);
});
