/**
 * Matches people believe: a newcomer's "from senior engineer to engineering manager" goal is
 * read as a step up within Engineering, and the first suggestion is someone who made that
 * very step, with the step and its year in the reasons.
 */
import { createTestProfile, createTestUser } from '@/scripts/support/people';
import { expect, test } from './support/fixtures';

test('a step-up goal shows how it was read and first suggests someone who made the step', async ({
  page,
  signIn,
  prisma,
}) => {
  const newcomer = await signIn();
  await createTestProfile(prisma, newcomer.id, {
    jobTitle: 'Senior Software Engineer',
    level: 4,
    functionName: 'Engineering',
    organisationName: 'Northwind',
  });

  // Someone who made the step, and someone senior in another function who did not.
  const stepper = await createTestUser(prisma, { name: 'Rosa Stepwise' });
  await createTestProfile(prisma, stepper.id, {
    jobTitle: 'Engineering Manager',
    level: 5,
    functionName: 'Engineering',
    organisationName: 'Fabrikam',
    offers: 'MENTORING',
    capacity: 2,
  });
  const engineering = await prisma.function.findUniqueOrThrow({ where: { name: 'Engineering' } });
  await prisma.experience.createMany({
    data: [
      {
        userId: stepper.id,
        title: 'Senior Engineer',
        level: 4,
        functionId: engineering.id,
        organisation: 'Fabrikam',
        country: 'GB',
        kind: 'OTHER',
        startYear: 2015,
        endYear: 2019,
      },
      {
        userId: stepper.id,
        title: 'Engineering Manager',
        level: 5,
        functionId: engineering.id,
        organisation: 'Fabrikam',
        country: 'GB',
        kind: 'PROMOTION',
        startYear: 2019,
      },
    ],
  });
  const seller = await createTestUser(prisma, { name: 'Sam Outsider' });
  await createTestProfile(prisma, seller.id, {
    jobTitle: 'Sales Director',
    level: 6,
    functionName: 'Sales',
    organisationName: 'Contoso',
    offers: 'MENTORING',
    capacity: 2,
  });

  await page.goto('/goals/new');
  await page
    .getByLabel('Your goal, in your own words')
    .fill('From senior engineer to engineering manager in the next year.');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByRole('status')).toHaveText('Your goal is saved.');

  await expect(page.getByTestId('goal-intent')).toContainText('a step up within Engineering');
  const first = page.getByTestId('suggestion').first();
  await expect(first).toContainText('Rosa Stepwise');
  await expect(first).toContainText('Excellent fit');
  await expect(first).toContainText(
    'Went from Senior Engineer to Engineering Manager at Fabrikam in 2019',
  );
});
