/**
 * Company sign-in against a real OpenID provider (scripts/app/test-oidc-provider.ts, started by
 * the test server): a newcomer gets an account and lands where they were going, an existing
 * account with the same address is linked rather than doubled, and the provider cannot speak
 * for an address it has not verified or for one outside the company's domains.
 */
import type { Page } from '@playwright/test';
import { createTestUser } from '@/scripts/support/people';
import { expectAccessible } from './support/accessibility';
import { COMPANY, COMPANY_PEOPLE, type CompanyPerson } from './support/company-people';
import { expect, test } from './support/fixtures';

/** From the app's sign-in page, through the company's own sign-in and consent pages. */
async function signInWithCompany(page: Page, person: CompanyPerson) {
  await page.getByRole('button', { name: `Sign in with ${COMPANY.name}` }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Fabrikam' })).toBeVisible();
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Allow' }).click();
}

test('a newcomer signs in with the company, gets an account and lands where they were going', async ({
  page,
  prisma,
}) => {
  const person = COMPANY_PEOPLE.newcomer;
  await page.goto('/goals');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fgoals$/);
  await expectAccessible(page);
  await signInWithCompany(page, person);

  await expect(page.getByRole('heading', { name: 'Your goals' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/goals');
  const user = await prisma.user.findUniqueOrThrow({
    where: { email: person.email },
    include: { accounts: true },
  });
  expect(user.name).toBe(person.name);
  expect(user.accounts.map((a) => [a.provider, a.providerAccountId])).toEqual([
    ['company', person.sub],
  ]);

  // Their first profile starts in the company's organisation.
  await page.goto('/profile/edit');
  await expect(page.getByLabel('Organisation')).toHaveValue(COMPANY.organisation);
});

test('an existing account with the same address is linked, not doubled', async ({
  page,
  prisma,
}) => {
  const person = COMPANY_PEOPLE.existing;
  const existing = await createTestUser(prisma, { name: 'Ada from sign-up', email: person.email });
  await page.goto('/sign-in');
  await signInWithCompany(page, person);

  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account$/);
  const users = await prisma.user.findMany({
    where: { email: { equals: person.email, mode: 'insensitive' } },
    include: { accounts: true },
  });
  expect(
    users.map((user) => ({
      id: user.id,
      name: user.name,
      accounts: user.accounts.map((a) => [a.provider, a.providerAccountId]),
    })),
  ).toEqual([{ id: existing.id, name: 'Ada from sign-up', accounts: [['company', person.sub]] }]);
});

for (const [who, person, message] of [
  [
    'someone whose address the company has not verified',
    COMPANY_PEOPLE.unverified,
    'Your company has not confirmed the e-mail address of that account',
  ],
  [
    'someone with an address outside the company’s domains',
    COMPANY_PEOPLE.outsider,
    'Company sign-in here is only for your company’s own e-mail addresses',
  ],
] as const) {
  test(`${who} is refused, with the reason`, async ({ page, prisma }) => {
    await page.goto('/sign-in?next=%2Fgoals');
    await signInWithCompany(page, person);

    await expect(page).toHaveURL(/\/sign-in\?/);
    await expect(page.getByRole('main').getByRole('alert')).toContainText(message);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }),
    ).toBeVisible();
    expect(await prisma.user.count({ where: { email: person.email } })).toBe(0);
  });
}
