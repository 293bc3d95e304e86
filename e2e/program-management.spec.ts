/**
 * Managing a program, in browsers: its admin adds another admin by e-mail, checks the dates,
 * removes a member (after a confirmation), a member leaves from their account page, and the
 * admin archives the program, which is read-only afterwards and found among the archived.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_FIT_WEIGHTS } from '@/lib/core/matching/fit/weights';
import { createTestUser } from '@/scripts/support/people';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';

test('an admin adds an admin, removes a member and archives the program; a member leaves', async ({
  page,
  browser,
  signIn,
  signInAs,
  prisma,
}) => {
  test.setTimeout(120_000);
  const tag = randomUUID().slice(0, 8);
  const admin = await signIn();
  const [colleague, leaving, staying] = [
    await createTestUser(prisma, { name: `Colleague ${tag}` }),
    await createTestUser(prisma, { name: `Leaving ${tag}` }),
    await createTestUser(prisma, { name: `Staying ${tag}` }),
  ];
  const program = await prisma.program.create({
    data: {
      name: `Managed ${tag}`,
      weights: { ...DEFAULT_FIT_WEIGHTS },
      admins: { create: { userId: admin.id } },
      members: {
        create: [colleague, leaving, staying].map((person) => ({ userId: person.id })),
      },
    },
  });
  const base = `/programs/${program.id}`;

  // Another admin, by e-mail; an address no member has is refused in words that tell nothing.
  await page.goto(`${base}/settings`);
  await expect(page.getByRole('heading', { name: 'Admins' })).toBeVisible();
  await expectAccessible(page);
  const email = page.getByLabel('E-mail of the new admin', { exact: true });
  await email.fill(`nobody-${tag}@example.test`);
  await page.getByRole('button', { name: 'Add admin' }).click();
  await expect(page.getByText('No member of this program has this e-mail address')).toBeVisible();
  await email.fill(colleague.email);
  await page.getByRole('button', { name: 'Add admin' }).click();
  await expect(page.getByTestId('admins')).toContainText(colleague.name);
  await expect(page.getByRole('status').filter({ hasText: 'Added.' })).toBeVisible();

  // The dates: the last day must come after the first.
  await page.getByLabel('First day', { exact: true }).fill('2027-03-31');
  await page.getByLabel('Last day', { exact: true }).fill('2027-03-01');
  await page.getByRole('button', { name: 'Save dates' }).click();
  await expect(page.getByText('The last day must come after the first day.')).toBeVisible();
  await page.getByLabel('First day', { exact: true }).fill('');
  await page.getByLabel('Last day', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Save dates' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dates saved.' })).toBeVisible();

  // Removing a member asks first, and says what happens.
  await page.goto(`${base}/people`);
  await page.getByRole('button', { name: `Remove ${staying.name} from the program` }).click();
  await expect(page.getByText(`Remove ${staying.name} from the program?`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByRole('cell', { name: staying.name, exact: true })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: leaving.name, exact: true })).toBeVisible();

  // A member leaves from their account page.
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signInAs(memberPage, leaving);
  await memberPage.goto('/account');
  await expect(memberPage.getByTestId('my-programs')).toContainText(program.name);
  await expectAccessible(memberPage);
  await memberPage.getByRole('button', { name: `Leave ${program.name}` }).click();
  await memberPage.getByRole('button', { name: 'Yes, leave' }).click();
  await expect(memberPage.getByText('You have left the program.')).toBeVisible();
  await expect(memberPage.getByText('You are not in any program.')).toBeVisible();
  await memberContext.close();

  await page.goto(`${base}/audit`);
  const log = page.getByTestId('audit-log');
  await expect(log.getByRole('row').filter({ hasText: 'Removed a member' })).toContainText(
    staying.name,
  );
  await expect(log.getByRole('row').filter({ hasText: 'Left the program' })).toContainText(
    leaving.name,
  );
  await expect(log.getByRole('row').filter({ hasText: 'Made someone an admin' })).toContainText(
    colleague.name,
  );

  // Archiving asks first; then the program is read-only and out of the list.
  await page.goto(`${base}/settings`);
  await page.getByRole('button', { name: 'Archive this program' }).click();
  await expect(page.getByText(`Archive ${program.name}? It becomes read-only`)).toBeVisible();
  await page.getByRole('button', { name: 'Yes, archive' }).click();
  await expect(page.getByTestId('archived')).toBeVisible();
  await expect(page.getByTestId('program-state')).toContainText('The program is read-only');
  await expect(page.getByRole('button', { name: 'Add admin' })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(`${base}/runs`);
  await expect(page.getByTestId('program-state')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start a matching run' })).toHaveCount(0);
  await page.goto(`${base}/people`);
  await expect(page.getByText('The program is archived: no one can be imported')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Remove/ })).toHaveCount(0);

  await page.goto('/programs');
  await expect(page.getByRole('link', { name: program.name })).toHaveCount(0);
  await page.getByRole('link', { name: /Archived programs/ }).click();
  await expect(page.getByRole('heading', { name: 'Archived programs' })).toBeVisible();
  await expect(page.getByRole('link', { name: program.name })).toBeVisible();
  await expectAccessible(page);
});
