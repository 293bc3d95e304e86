/**
 * Signing in without a password, through e-mail received by a real SMTP server: a program's
 * invitation for someone it imported, a link asked for on the sign-in page, a sign-up that
 * confirms its address, and links that take people back where they were going.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { createTestUser } from '@/scripts/support/people';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { mailTo } from './support/mail';

/** A program run by a new platform admin, made through its form; returns its join path. */
async function makeProgram(page: Page, adminEmail: string, name: string) {
  await page.goto('/programs');
  await page.getByLabel('Program name').fill(name);
  await page.getByLabel('Program admins').fill(adminEmail);
  await page.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  return new URL((await page.getByTestId('join-link').textContent())!).pathname;
}

function onePersonFile(email: string, name: string) {
  return {
    people: [
      {
        id: 'p1',
        email,
        name,
        organization: 'Contoso Care',
        function: 'Nursing',
        title: 'Staff Nurse',
        level: 3,
        managerId: null,
        languages: ['en'],
        timezone: 'Europe/London',
        skills: ['triage'],
        bio: 'Night-shift nurse.',
        offers: { mentoring: false, coaching: false, capacity: 0, coachingAreas: [] },
        experiences: [],
      },
    ],
    goals: [],
  };
}

test('an imported person signs in from the invitation e-mail and lands on their program', async ({
  page,
  browser,
  signIn,
  prisma,
}) => {
  test.setTimeout(90_000);
  const tag = randomUUID().slice(0, 8);
  const admin = await signIn();
  await prisma.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });
  const program = `Ward leaders ${tag}`;
  await makeProgram(page, admin.email, program);

  const email = `imported-${tag}@contoso.example.test`;
  await page.getByRole('link', { name: 'People' }).click();
  await page.getByLabel('Cohort file').setInputFiles({
    name: 'cohort.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(onePersonFile(email, `Imani ${tag}`))),
  });
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: 'Import 1 people' }).click();
  await expect(page.getByText('Each new person has been e-mailed an invitation')).toBeVisible();
  const invitation = await mailTo(email, /has invited you/);
  expect(invitation.subject).toBe(`${program} has invited you to Pathfinder`);
  // The same message as HTML too: its button signs in, its footer leads to the e-mail choices.
  expect(invitation.html).toContain(`href="${invitation.link.replace(/&/g, '&amp;')}"`);
  expect(invitation.html).toMatch(/Change which e-mails you get: <a href="[^"]+\/account\/email"/);

  // The admin sees who has not signed in yet, and can send the invitation again.
  await page.reload();
  const row = page.getByRole('row', { name: new RegExp(`Imani ${tag}`) });
  await expect(row).toContainText('Not yet');
  await row.getByRole('button', { name: 'Send invitation again' }).click();
  await expect(row.getByRole('status')).toHaveText('Sent');
  await expectAccessible(page);

  // The imported person has no password: the e-mail's link is their way in.
  const imported = await browser.newContext();
  const theirs = await imported.newPage();
  await theirs.goto(invitation.link);
  await expect(theirs.getByRole('heading', { name: `Welcome to ${program}` })).toBeVisible();
  await expect(theirs.getByText('choose one on your account page')).toBeVisible();
  await expectAccessible(theirs);

  // Later, if they want one, a password of their own.
  await theirs.getByRole('link', { name: 'choose one on your account page' }).click();
  await expect(theirs.getByRole('heading', { name: 'Choose a password' })).toBeVisible();
  await expectAccessible(theirs);
  await theirs.getByLabel('New password', { exact: true }).fill('night shifts and morning tea');
  await theirs.getByLabel('New password again').fill('night shifts and morning tea');
  await theirs.getByRole('button', { name: 'Choose password' }).click();
  await expect(theirs.getByText('Your password is set.')).toBeVisible();
  await expect(theirs.getByRole('heading', { name: 'Change your password' })).toBeVisible();

  // A link works once.
  const again = await browser.newContext();
  const secondTry = await again.newPage();
  await secondTry.goto(invitation.link);
  await expect(secondTry.getByText(/has been used already or has expired/)).toBeVisible();
  await again.close();
  await imported.close();

  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(`Imani ${tag}`) })).toContainText('Yes');
});

test('a signed-out visit to an e-mailed link comes back to it after signing in, by password or by link', async ({
  page,
  browser,
  signIn,
  prisma,
}) => {
  test.setTimeout(90_000);
  const tag = randomUUID().slice(0, 8);
  const admin = await signIn();
  await prisma.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });
  const joinPath = await makeProgram(page, admin.email, `Finance circle ${tag}`);

  const person = await createTestUser(prisma);
  const byPassword = await (await browser.newContext()).newPage();
  await byPassword.goto(joinPath);
  await expect(byPassword).toHaveURL(/\/sign-in\?next=/);
  await expect(byPassword.getByText('Sign in to carry on where you were going.')).toBeVisible();
  await byPassword.getByLabel('E-mail', { exact: true }).fill(person.email);
  await byPassword.getByLabel('Password', { exact: true }).fill(person.password);
  await byPassword.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(byPassword).toHaveURL(new RegExp(`${joinPath}$`));
  await expect(
    byPassword.getByRole('button', { name: `Join Finance circle ${tag}` }),
  ).toBeVisible();
  await byPassword.context().close();

  const other = await createTestUser(prisma);
  const byLink = await (await browser.newContext()).newPage();
  await byLink.goto(joinPath);
  await byLink.getByLabel('E-mail for the link').fill(other.email);
  await byLink.getByRole('button', { name: 'E-mail me a sign-in link' }).click();
  await expect(byLink.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();
  await expectAccessible(byLink);
  const mail = await mailTo(other.email, /sign-in link/);
  await byLink.goto(mail.link);
  await expect(byLink).toHaveURL(new RegExp(`${joinPath}$`));
  await expect(byLink.getByRole('button', { name: `Join Finance circle ${tag}` })).toBeVisible();
  await byLink.context().close();
});

test('a link is asked for with the same answer whether or not the address has an account', async ({
  page,
  prisma,
}) => {
  const owner = await createTestUser(prisma);
  const nobody = `nobody-${randomUUID().slice(0, 8)}@example.test`;
  for (const email of [owner.email, nobody]) {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail for the link').fill(email);
    await page.getByRole('button', { name: 'E-mail me a sign-in link' }).click();
    await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();
  }
  expect((await mailTo(owner.email)).subject).toBe('Your sign-in link');
  expect((await mailTo(nobody)).subject).toBe('No Pathfinder account uses this address');
});

test('sign-up answers the same for a taken address, and its owner hears of it', async ({
  page,
  prisma,
}) => {
  const owner = await createTestUser(prisma);
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Someone Else');
  await page.getByLabel('Work e-mail').fill(owner.email);
  await page.getByLabel('Password', { exact: true }).fill('another long password for this');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Confirm your e-mail' })).toBeVisible();
  await expectAccessible(page);
  const mail = await mailTo(owner.email);
  expect(mail.subject).toBe('You already have a Pathfinder account');
  // The typed password never reached the account: the owner's own still works.
  const stored = await prisma.user.findUniqueOrThrow({
    where: { email: owner.email },
    select: { name: true },
  });
  expect(stored.name).toBe(owner.name);
});
