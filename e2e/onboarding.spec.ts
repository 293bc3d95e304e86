/**
 * A newcomer's first visit, through the real forms: sign up (confirming the address from the
 * e-mail, as received by a real SMTP server), describe yourself, add a career
 * step and a goal, sign out, sign in again and find it all there.
 */
import { randomUUID } from 'node:crypto';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { mailTo } from './support/mail';

// A newcomer in Lisbon: the profile form guesses the time zone from the browser.
test.use({ timezoneId: 'Europe/Lisbon' });

test('a newcomer signs up, writes a profile, a career step and a goal, and finds them after signing in again', async ({
  page,
}) => {
  test.setTimeout(120_000); // a long journey with an accessibility scan on every page
  const email = `newcomer-${randomUUID().slice(0, 8)}@example.test`;
  const password = 'a long enough password';

  await page.goto('/sign-up');
  await expectAccessible(page);
  await page.getByLabel('Your name').fill('Nadia Newcomer');
  await page.getByLabel('Work e-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();

  // The address is confirmed by the link e-mailed to it; following it makes the account.
  await expect(page.getByRole('heading', { name: 'Confirm your e-mail' })).toBeVisible();
  const confirmation = await mailTo(email, /Confirm your e-mail/);
  await page.goto(confirmation.link);
  await expect(page.getByRole('heading', { name: 'Welcome, Nadia Newcomer' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Organisation').fill('Northwind Health');
  await page.getByLabel('Function', { exact: true }).fill('Finance');
  await page.getByLabel('Job title').fill('Financial analyst');
  await page.getByLabel('Level', { exact: true }).selectOption('3');
  await page.getByLabel('Years of experience').fill('5');
  await page.getByLabel('Country').selectOption('PT');
  // The browser's own zone is the first guess (this browser is set to Lisbon).
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Lisbon');
  // English is ticked already; Portuguese is found by typing, and ticked.
  await page.getByLabel('Find a language').fill('portu');
  await page.getByRole('checkbox', { name: 'Portuguese', exact: true }).check();
  await expect(page.getByText('Chosen: English, Portuguese')).toBeVisible();
  await page.getByLabel('Skills').fill('forecasting, Excel, storytelling');
  await page.getByLabel('A short bio').fill('Numbers person who likes <b>people</b> too.');
  await page.getByRole('button', { name: 'Save profile' }).click();

  await expect(page.getByRole('status')).toHaveText('Your profile is saved.');
  await expectAccessible(page);
  const summary = page.getByTestId('profile-summary');
  await expect(summary).toContainText('Financial analyst');
  await expect(summary).toContainText('Northwind Health');
  await expect(summary).toContainText('3 · Professional');
  await expect(summary).toContainText('Portugal');
  await expect(summary).toContainText('English, Portuguese');
  // What a person typed is shown as text, never as markup.
  await expect(page.getByText('Numbers person who likes <b>people</b> too.')).toBeVisible();

  await page.getByRole('link', { name: 'Add a career step' }).click();
  await expectAccessible(page);
  await page.getByLabel('What kind of step was it?').selectOption('COUNTRY_MOVE');
  await page.getByLabel('Title you held').fill('Junior accountant');
  await page.getByLabel('Level', { exact: true }).selectOption('2');
  await page.getByLabel('Function').fill('Finance');
  await page.getByLabel('Organisation').fill('Atlantic Audit');
  await page.getByLabel('Country').selectOption('BR');
  await page.getByLabel('Year it started').fill('2019');
  await page.getByLabel(/Year it ended/).fill('2021');
  await page
    .getByLabel(/what was it like/)
    .fill('Moved from São Paulo to Lisbon with the audit team.');
  await page.getByRole('button', { name: 'Add career step' }).click();
  await expect(page.getByRole('status')).toHaveText('Career step added.');
  await expect(page.getByTestId('experience-list')).toContainText(
    'Junior accountant, Atlantic Audit',
  );
  await expect(page.getByTestId('experience-list')).toContainText('Move to another country');

  await page.getByRole('link', { name: 'Goals', exact: true }).click();
  await page.getByRole('link', { name: 'Add a goal' }).click();
  await expectAccessible(page);
  const goal =
    'I want to become a finance director within two years and would love to hear how others got there.';
  await page.getByLabel('Your goal, in your own words').fill(goal);
  await page.getByLabel('Target role (optional)').fill('Finance director');
  await page.getByLabel('Target level (optional)').selectOption('6');
  await page.getByRole('radio', { name: 'I know where I want to go' }).check();
  await page.getByRole('checkbox', { name: 'Navigating a specific path I have chosen' }).check();
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByTestId('goal-statement')).toHaveText(goal);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }),
  ).toBeVisible();

  await page.goto('/sign-in');
  await expectAccessible(page);
  await page.getByLabel('E-mail', { exact: true }).fill(email.toUpperCase()); // e-mail is not case-sensitive
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Nadia Newcomer' })).toBeVisible();
  // The home page: what is left to do, and the getting-started list with three of four done.
  await expect(page.getByTestId('next-steps')).toContainText('ask someone who fits');
  await expect(page.getByTestId('checklist')).toContainText(
    'To do: Ask a suggested mentor or coach',
  );
  await expect(page.getByTestId('checklist')).toContainText('Done: Write a goal');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(page.getByTestId('goal-list')).toContainText('finance director');
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await expect(page.getByTestId('profile-summary')).toContainText('Financial analyst');
  await expect(page.getByTestId('experience-list')).toContainText('Junior accountant');
});
