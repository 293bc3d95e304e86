/**
 * A program admin's whole path, in browsers: create a program (someone joins by its link),
 * import a small cohort from a file, run matching and watch it finish, swap one proposal, publish; then a protégé and the
 * mentor from the cohort each accept in their own browser, and the relationship shows on the
 * program's health dashboard.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { cohortFile, createProgram, importCohort, type CohortPerson } from './support/cohort';
import { expect, test } from './support/fixtures';

/** Two protégés who want a treasury mentor, and three treasury directors with one place each. */
const COHORT: CohortPerson[] = [
  { id: 'ana', name: 'Ana Protege', title: 'Treasury Analyst', level: 3, mentors: false },
  { id: 'ben', name: 'Ben Protege', title: 'Treasury Analyst', level: 3, mentors: false },
  { id: 'cleo', name: 'Cleo Mentor', title: 'Treasury Director', level: 6, mentors: true },
  { id: 'dev', name: 'Dev Mentor', title: 'Treasury Director', level: 6, mentors: true },
  { id: 'eli', name: 'Eli Mentor', title: 'Treasury Director', level: 6, mentors: true },
];

async function acceptInvitation(page: Page, requestId: string) {
  await page.goto(`/requests/${requestId}`);
  await expect(page.getByText('Nothing starts unless you both say yes')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Accept' }).click();
}

test('an admin imports, runs, swaps and publishes; both sides accept; the dashboard shows it', async ({
  page,
  browser,
  signIn,
  signInPlatformAdmin,
  signInAs,
  prisma,
}) => {
  test.setTimeout(120_000);
  const tag = randomUUID().slice(0, 8);
  const admin = await signInPlatformAdmin();

  // A platform admin creates the program and names themself its admin.
  await createProgram(page, `Treasury circle ${tag}`, admin.email);
  await expectAccessible(page);

  // Someone who already has an account joins by the program's invitation link.
  const joinPath = new URL((await page.getByTestId('join-link').textContent())!).pathname;
  const joinerContext = await browser.newContext();
  const joinerPage = await joinerContext.newPage();
  await signIn(joinerPage);
  await joinerPage.goto(joinPath);
  // Before joining, the page says what the program's admins may then do.
  await expect(joinerPage.getByTestId('admin-powers')).toContainText(
    'Update your profile, career steps and goals for you',
  );
  await joinerPage.getByRole('button', { name: `Join Treasury circle ${tag}` }).click();
  await expect(joinerPage.getByTestId('joined')).toContainText('You are in this program');
  await expectAccessible(joinerPage);
  await joinerContext.close();

  // Import: a preview first, then the import itself.
  await importCohort(page, cohortFile(tag, COHORT));
  await expectAccessible(page);

  // The fit weights, previewed on the cohort before saving: nothing is saved, and weights that
  // leave lived experience nothing to say get the schema's message instead of a preview.
  await page.getByRole('link', { name: 'Overview' }).click();
  const preview = page.getByTestId('policy-preview');
  await page.getByLabel('From another organisation').fill('100');
  await page.getByRole('button', { name: 'Preview the effect' }).click();
  await expect(preview.getByRole('table')).toContainText(`Ana Protege ${tag}`);
  await expect(preview).toContainText(/fit/);
  await expectAccessible(page);
  await page.getByLabel('Has lived the step (mentoring)').fill('0');
  await page.getByRole('button', { name: 'Preview the effect' }).click();
  await expect(preview).toContainText('Lived experience must count for something');
  await expect(preview.getByRole('table')).toHaveCount(0);

  // A run, watched to its end without reloading.
  await page.getByRole('link', { name: 'Matching runs' }).click();
  await page.getByRole('button', { name: 'Start a matching run' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Finished', { timeout: 60_000 });
  await expect(page.getByTestId('run-figures')).toContainText('2 of 2');
  const table = page.getByTestId('review-table');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expectAccessible(page);

  // The filter and the sort live in the page's address, read by the server a page at a time.
  await page.getByLabel('Filter').fill(`ana protege ${tag}`);
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page.getByTestId('review-count')).toHaveText('1 of 2 proposals');
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByRole('link', { name: 'Protégé' }).click();
  await expect(page.getByRole('columnheader', { name: /Protégé/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(page.getByTestId('review-count')).toHaveText('1 of 2 proposals');
  await page.getByLabel('Status').selectOption('APPROVED');
  await expect(page.getByText('No proposals match.')).toBeVisible();
  await page.getByRole('link', { name: 'Show them all' }).click();
  await expect(page.getByTestId('review-count')).toHaveText('2 of 2 proposals');
  await expect(page.getByLabel('Filter')).toHaveValue('');

  // Ana's proposal: swap in the first alternative that has a free place.
  const anaRow = table.getByRole('row').filter({ hasText: `Ana Protege ${tag}` });
  const firstSwap = anaRow
    .getByRole('listitem')
    .filter({ hasNotText: 'no free place' })
    .getByRole('button', { name: /^Swap in/ })
    .first();
  const swappedIn = (await firstSwap.textContent())!;
  await firstSwap.click();
  // A swap changes who is proposed; approving stays the admin's own step.
  await expect(anaRow).toContainText('swapped in');
  await expect(anaRow).not.toContainText('Approved');
  expect(swappedIn).toContain('Swap in');

  // Approve the rest, then publish both.
  await page.getByLabel('Approve all to review with a fit of at least').fill('0');
  await expect(page.getByTestId('approve-above-count')).toHaveText(
    'This approves 2 proposals still to review.',
  );
  // Ticking rows acts on exactly those: here both, from the header's box.
  await page.getByLabel('Tick every proposal on this page that can still change').check();
  await expect(page.getByTestId('ticked-count')).toHaveText('2 proposals ticked');
  await page.getByRole('button', { name: 'Approve 2 ticked' }).click();
  await expect(page.getByTestId('ticked-count')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Publish 2 approved' })).toBeVisible();
  await page.getByRole('button', { name: 'Publish 2 approved' }).click();
  await expect(page.getByRole('status')).toContainText('Published 2 invitations');

  // Ana and the mentor swapped in each say yes, in their own browsers.
  const invitation = await prisma.connectionRequest.findFirstOrThrow({
    where: { origin: 'PROGRAM', protege: { email: `ana-${tag}@cohort.example.test` } },
    include: { protege: true, supporter: true },
  });
  const proposal = await prisma.proposal.findUniqueOrThrow({
    where: { id: invitation.proposalId! },
  });
  expect(proposal.swappedFromId).not.toBeNull();

  const anaContext = await browser.newContext();
  const anaPage = await anaContext.newPage();
  await signInAs(anaPage, invitation.protege);
  await acceptInvitation(anaPage, invitation.id);
  await expect(anaPage.getByTestId('waiting-for-other')).toContainText(
    `waiting for ${invitation.supporter.name}`,
  );

  const mentorContext = await browser.newContext();
  const mentorPage = await mentorContext.newPage();
  await signInAs(mentorPage, invitation.supporter);
  await mentorPage.goto('/notifications');
  await expect(mentorPage.getByText(/said yes to the program's suggestion/)).toBeVisible();
  await acceptInvitation(mentorPage, invitation.id);
  await expect(mentorPage.getByTestId('relationship-state')).toHaveText('Introduction');

  // The admin sees the relationship on the program's dashboard, and every step in the log.
  await page.getByRole('link', { name: 'Health' }).click();
  const funnel = page.getByRole('table', { name: 'From proposed to ended' });
  // Two invitations went out; one started, the other still waits for its answers.
  await expect(funnel.getByRole('row', { name: /^Asked/ })).toContainText('2');
  await expect(funnel.getByRole('row', { name: /^Started/ })).toContainText('1');
  await expect(funnel.getByRole('row', { name: /^Waiting for an answer/ })).toContainText('1');
  // The chart above the table is drawn in the server's HTML: one image with its name.
  const funnelChart = page.getByRole('img', {
    name: 'Funnel chart from proposed to accepted, under way and ended',
  });
  await expect(funnelChart).toBeVisible();
  await expect(funnelChart.locator('rect')).toHaveCount(11);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Audit log' }).click();
  const log = page.getByTestId('audit-log');
  for (const action of [
    'Imported people',
    'Started a matching run',
    'Swapped the person of a proposal',
    'Approved the ticked proposals',
    'Published approved proposals as invitations',
  ])
    await expect(log).toContainText(action);
  // One kind of action at a time, naming the pairs it was about.
  await page.getByLabel('Kind of action').selectOption('proposals-approved-ticked');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(log.getByRole('row')).toHaveCount(2);
  await expect(log).toContainText(`for Ana Protege ${tag}`);
  await expect(log).not.toContainText('Imported people');
  await expectAccessible(page);
  await anaContext.close();
  await mentorContext.close();
});
