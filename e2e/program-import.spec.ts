/**
 * The cohort upload's stated limit is the real one: a 3 MB file is previewed, with JavaScript
 * and without, and only a file over 5 MB is refused as too large.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { cohortFile, createProgram, type CohortPerson } from './support/cohort';
import { expect, test } from './support/fixtures';

/** A valid cohort file of about `megabytes` MB: many people with long, ordinary biographies. */
function cohortOfSize(tag: string, megabytes: number) {
  const bio =
    'Works on forecasting, treasury and the monthly close with teams in three countries. '.repeat(
      6,
    );
  const people: CohortPerson[] = [];
  const file = cohortFile(tag, people);
  for (let index = 0; JSON.stringify(file).length < megabytes * 1024 * 1024; index++) {
    const [person] = cohortFile(tag, [
      {
        id: `p${index}`,
        name: `Person ${index}`,
        title: 'Treasury Analyst',
        level: 3,
        mentors: false,
      },
    ]).people;
    file.people.push({ ...person!, bio });
  }
  return Buffer.from(JSON.stringify(file));
}

test('a 3 MB cohort file is previewed with or without JavaScript; over 5 MB is refused', async ({
  page,
  browser,
  signInPlatformAdmin,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const tag = randomUUID().slice(0, 8);
  const admin = await signInPlatformAdmin();
  await createProgram(page, `Large cohort ${tag}`, admin.email);
  await page.getByRole('link', { name: 'People' }).click();
  await page.waitForURL(/\/people$/);
  const peoplePath = new URL(page.url()).pathname;
  const threeMb = cohortOfSize(tag, 3);
  const upload = { name: 'cohort.json', mimeType: 'application/json', buffer: threeMb };

  await page.getByLabel('Cohort file').setInputFiles(upload);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { name: /Preview of cohort.json/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(/larger than/)).toHaveCount(0);

  await page.getByLabel('Cohort file').setInputFiles({
    ...upload,
    buffer: Buffer.concat([threeMb, Buffer.alloc(3 * 1024 * 1024, ' ')]),
  });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(
    page.getByText('The file is larger than 5 MB. Split the cohort into smaller files.'),
  ).toBeVisible();

  // The same upload from a browser without JavaScript: the form posts the file as it is.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plainPage = await noScript.newPage();
  await signInAs(plainPage, admin);
  await plainPage.goto(peoplePath);
  // A file on disk: Playwright hands a browser without scripts a path, never bytes.
  const onDisk = test.info().outputPath('cohort.json');
  await writeFile(onDisk, threeMb);
  await plainPage.getByLabel('Cohort file').setInputFiles(onDisk);
  await plainPage.getByRole('button', { name: 'Preview' }).click();
  await expect(plainPage.getByRole('heading', { name: /Preview of cohort.json/ })).toBeVisible({
    timeout: 30_000,
  });
  await noScript.close();
});
