/**
 * Sessions that really end. In each test a person's session cookie is copied from one browser
 * (A) into another (B) while it works, the way a stolen or forgotten cookie would be; then the
 * session ends in one of five ways, and B is refused from its next request on: it lands on the
 * sign-in page. After a password change, A itself stays signed in.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { createTestUser } from '@/scripts/support/people';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { takeServed404s } from './support/served-404s';

/** Browser B, holding a copy of every cookie of A's browser, and shown to work. */
async function copyInto(browser: Browser, from: Page, email: string) {
  const context = await browser.newContext();
  await context.addCookies(await from.context().cookies());
  const copy = await context.newPage();
  await copy.goto('/account');
  await expect(copy.getByText(`Signed in as ${email}.`)).toBeVisible();
  return { context, copy };
}

/** The browser is signed out: a signed-in page sends it to sign in. */
async function expectSignedOut(target: Page) {
  await target.goto('/account');
  await expect(target).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  await expect(target.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await target.goto('/goals/new');
  await expect(target).toHaveURL(/\/sign-in\?next=%2Fgoals%2Fnew$/);
}

async function signInByForm(target: Page, email: string, password: string) {
  await target.goto('/sign-in');
  await target.getByLabel('E-mail', { exact: true }).fill(email);
  await target.getByLabel('Password', { exact: true }).fill(password);
  await target.getByRole('button', { name: 'Sign in', exact: true }).click();
}

let contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
});

test('a password change ends the copied session, and the browser that made it stays signed in', async ({
  page,
  browser,
  prisma,
}) => {
  // Signed in through the real form, so the session record is the one the app itself makes.
  const person = await createTestUser(prisma);
  await signInByForm(page, person.email, person.password);
  await expect(page.getByRole('heading', { name: `Welcome, ${person.name}` })).toBeVisible();
  const { context, copy } = await copyInto(browser, page, person.email);
  contexts.push(context);

  await page.goto('/account');
  await page.getByLabel('Current password').fill(person.password);
  await page.getByLabel('New password', { exact: true }).fill('an even better password');
  await page.getByLabel('New password again').fill('an even better password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Your password is changed, and you are signed out everywhere else.',
  );

  await expectSignedOut(copy);
  await page.goto('/account');
  await expect(page.getByText(`Signed in as ${person.email}.`)).toBeVisible();
});

test('signing out ends the session for the copied cookie too', async ({
  page,
  browser,
  signIn,
}) => {
  const person = await signIn();
  await page.goto('/');
  const { context, copy } = await copyInto(browser, page, person.email);
  contexts.push(context);

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }),
  ).toBeVisible();
  await expectSignedOut(copy);
});

test('"sign out everywhere" asks first, then ends every session, this one included', async ({
  page,
  browser,
  signIn,
}) => {
  const person = await signIn();
  const { context, copy } = await copyInto(browser, page, person.email);
  contexts.push(context);

  await page.goto('/account');
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page.getByText(/This signs you out on every device/)).toBeFocused();
  await expectAccessible(page);
  // Cancel changes nothing; the copy still works.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await copy.reload();
  await expect(copy.getByText(`Signed in as ${person.email}.`)).toBeVisible();

  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await page.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/sign-in\?signed-out=everywhere$/);
  await expect(page.getByRole('status')).toHaveText(
    'You are signed out everywhere, this browser included. Sign in to carry on.',
  );
  await expectSignedOut(copy);
  await expectSignedOut(page);

  // Signing in again starts a fresh session, which the old copy does not share.
  await signInByForm(page, person.email, person.password);
  await expect(page.getByRole('heading', { name: `Welcome, ${person.name}` })).toBeVisible();
  await expectSignedOut(copy);
});

test('deleting the account ends the copied session: it cannot act as the former member', async ({
  page,
  browser,
  signIn,
  prisma,
}) => {
  const person = await signIn();
  const { context, copy } = await copyInto(browser, page, person.email);
  contexts.push(context);

  await page.goto('/account');
  await page.getByLabel('Your password', { exact: true }).fill(person.password);
  await page.getByRole('checkbox', { name: /I understand/ }).check();
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }),
  ).toBeVisible();

  await expectSignedOut(copy);
  // Nor download a data export in the former member's name.
  const exported = await copy.request.get('/account/export.json');
  expect(exported.status()).toBe(404);
  expect(await prisma.session.count({ where: { userId: person.id } })).toBe(0);
});

test('a platform admin disables an account: every session ends and the password no longer signs in', async ({
  page,
  browser,
  signIn,
  prisma,
  consoleErrors,
}) => {
  const adminContext = await browser.newContext();
  contexts.push(adminContext);
  const adminPage = await adminContext.newPage();
  const admin = await signIn(adminPage);
  await prisma.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });

  const person = await signIn();
  // Anyone but a platform admin is told there is no such page.
  const response = await page.goto('/admin/accounts');
  expect(response?.status()).toBe(404);
  await takeServed404s(consoleErrors, 1);
  const { context, copy } = await copyInto(browser, page, person.email);
  contexts.push(context);

  await adminPage.goto('/admin/accounts');
  await adminPage.getByLabel('Name or e-mail').fill('nobody-has-this-name');
  await adminPage.getByRole('button', { name: 'Search' }).click();
  await expect(adminPage.getByText('No account matches “nobody-has-this-name”.')).toBeVisible();
  await adminPage.getByLabel('Name or e-mail').fill(person.email);
  await adminPage.getByRole('button', { name: 'Search' }).click();
  const found = adminPage.getByRole('list', { name: 'Accounts found' }).getByRole('listitem');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText(person.name);
  await found.getByRole('button', { name: `Disable ${person.name}` }).click();
  await expect(adminPage.getByText(`Disable ${person.name}?`, { exact: false })).toBeFocused();
  await expectAccessible(adminPage);
  await adminPage.getByRole('button', { name: `Yes, disable ${person.name}` }).click();
  await expect(adminPage.getByRole('status')).toHaveText(
    `${person.name} is disabled and signed out everywhere.`,
  );
  await expect(found).toContainText('disabled since');

  await expectSignedOut(copy);
  await expectSignedOut(page);
  // Refused like a wrong password, so the form tells no one the account is disabled.
  await signInByForm(page, person.email, person.password);
  await expect(page.getByTestId('form-error')).toHaveText(
    'That e-mail and password do not match an account.',
  );

  await found.getByRole('button', { name: `Enable ${person.name}` }).click();
  await adminPage.getByRole('button', { name: `Yes, enable ${person.name}` }).click();
  await expect(adminPage.getByRole('status')).toHaveText(`${person.name} can sign in again.`);
  await signInByForm(page, person.email, person.password);
  await expect(page.getByRole('heading', { name: `Welcome, ${person.name}` })).toBeVisible();
  // The copy's session stays ended: enabling brings no session back.
  await expectSignedOut(copy);
});
