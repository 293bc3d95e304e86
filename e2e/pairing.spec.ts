/**
 * A program admin works through the people a run left out: the list says who and why, the
 * side-by-side view shows both people, a pair ruled out for the program frees a mentor's place,
 * and the left-out protégé is paired with that mentor by hand, every rule still applying.
 */
import { randomUUID } from 'node:crypto';
import { expectAccessible } from './support/accessibility';
import { cohortFile, createProgram, importCohort, type CohortPerson } from './support/cohort';
import { expect, test } from './support/fixtures';

/** Three protégés and two mentors with one place each: the run must leave someone out. */
const COHORT: CohortPerson[] = [
  { id: 'ana', name: 'Ana Protege', title: 'Treasury Analyst', level: 3, mentors: false },
  { id: 'ben', name: 'Ben Protege', title: 'Treasury Analyst', level: 3, mentors: false },
  { id: 'cai', name: 'Cai Protege', title: 'Treasury Analyst', level: 3, mentors: false },
  { id: 'cleo', name: 'Cleo Mentor', title: 'Treasury Director', level: 6, mentors: true },
  { id: 'dev', name: 'Dev Mentor', title: 'Treasury Director', level: 6, mentors: true },
];

test('an admin pairs a left-out protégé by hand after ruling another pair out', async ({
  page,
  signInPlatformAdmin,
}) => {
  test.setTimeout(120_000);
  const tag = randomUUID().slice(0, 8);
  const admin = await signInPlatformAdmin();
  await createProgram(page, `Treasury pairs ${tag}`, admin.email);
  await importCohort(page, cohortFile(tag, COHORT));

  await page.getByRole('link', { name: 'Matching runs' }).click();
  await page.getByRole('button', { name: 'Start a matching run' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Finished', { timeout: 60_000 });
  await expect(page.getByTestId('run-figures')).toContainText('2 of 3');

  // Who was left out, in words, with what the admin could do.
  await page.getByText('Who was left out, and why (1)').click();
  const leftOut = page.getByTestId('left-out');
  await expect(leftOut).toContainText('wanted a mentor');
  await expect(leftOut).toContainText('had no free place left');
  const leftOutName = (await leftOut.getByRole('paragraph').first().textContent())!.replace(
    ' wanted a mentor',
    '',
  );
  const runPath = new URL(page.url()).pathname;

  // One proposal side by side: both people, the reasons, and "never pair these two".
  const table = page.getByTestId('review-table');
  const pairedRow = table
    .getByRole('row')
    .filter({ hasText: /Protege/ })
    .first();
  await pairedRow.getByRole('link', { name: /side by side/ }).click();
  const sideBySide = page.getByTestId('side-by-side');
  await expect(sideBySide.getByText('Protégé', { exact: true })).toBeVisible();
  await expect(sideBySide.getByText('Proposed mentor', { exact: true })).toBeVisible();
  await expect(sideBySide).toContainText('Treasury Director');
  await expect(page.getByRole('heading', { name: 'Why this pair' })).toBeVisible();
  await expectAccessible(page);
  const mentorName = (await sideBySide.getByRole('heading', { level: 3 }).nth(1).textContent())!;
  await page.getByRole('button', { name: 'Never pair these two' }).click();
  await expect(page.getByText(/Never pair .* in this program\?/)).toBeFocused();
  await page.getByRole('button', { name: 'Yes, never pair them' }).click();
  await expect(page.getByTestId('need-status')).toContainText('Rejected');

  // Everyone left out also has a page of their own, a page at a time at any size.
  await page.goto(`${runPath}/left-out`);
  await expect(page.getByTestId('left-out-count')).toHaveText(
    '1 goal got nobody for the help asked.',
  );
  await expect(page.getByRole('link', { name: `Pair by hand for ${leftOutName}` })).toBeVisible();
  await expectAccessible(page);

  // The left-out protégé, paired by hand with the mentor whose place is now free.
  await page.goto(runPath);
  await page.getByText('Who was left out, and why (1)').click();
  await page.getByRole('link', { name: `Pair by hand for ${leftOutName}` }).click();
  await expect(page.getByTestId('need-status')).toContainText('Left out by the run');
  await expect(page.getByText('Nobody proposed')).toBeVisible();
  const picker = page.getByRole('combobox', { name: 'Someone else as mentor' });
  await picker.fill(mentorName.split(' ')[0]!);
  await page.getByRole('listbox').getByRole('option', { name: mentorName }).click();
  await page.getByRole('button', { name: 'Show their fit' }).click();
  const pairPreview = page.getByTestId('pair-preview');
  await expect(pairPreview).toContainText(`${mentorName}:`);
  await expect(pairPreview).toContainText('fit');
  await expectAccessible(page);
  await pairPreview.getByRole('button', { name: new RegExp(`^Pair with ${mentorName}`) }).click();
  await expect(page.getByText('Paired and approved.')).toBeVisible();
  await expect(page.getByTestId('need-status')).toContainText('Approved');
  await expect(page.getByTestId('need-status')).toContainText('chosen by an admin');

  // The program remembers the ruled-out pair, and an admin can allow it again.
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByTestId('never-pairs')).toContainText(mentorName);
  await page.getByRole('button', { name: /^Allow again/ }).click();
  await expect(page.getByText('None. On a proposal’s side-by-side view')).toBeVisible();
});
