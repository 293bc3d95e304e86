/** Every page of the product, visited with real content on it, passes an accessibility scan. */
import { createTestGoal, createTestProfile } from '@/scripts/support/people';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { takeServed404s } from './support/served-404s';

test('signed-out pages have no serious accessibility violations', async ({ page }) => {
  for (const path of ['/', '/sign-in', '/sign-up']) {
    await page.goto(path);
    await expectAccessible(page);
  }
});

test('signed-in pages have no serious accessibility violations', async ({
  page,
  signIn,
  prisma,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const person = await signIn();
  await createTestProfile(prisma, person.id);
  // A platform admin, so the mailbox and the accounts page are among the pages scanned.
  await prisma.user.update({ where: { id: person.id }, data: { isPlatformAdmin: true } });
  const goal = await prisma.goal.update({
    where: { id: (await createTestGoal(prisma, person.id)).id },
    data: {
      triageKind: 'MENTOR',
      triageConfidence: 0.7,
      triageReasons: [{ code: 'text-senior-role', text: 'A reason.' }],
    },
  });
  await prisma.experience.create({
    data: {
      userId: person.id,
      title: 'Team lead',
      level: 5,
      organisation: 'Elsewhere',
      country: 'SE',
      kind: 'PROMOTION',
      startYear: 2020,
    },
  });

  const paths = [
    '/',
    '/goals',
    '/goals/new',
    `/goals/${goal.id}`,
    `/goals/${goal.id}/edit`,
    '/profile',
    '/profile/edit',
    '/profile/experiences/new',
    '/account',
    '/account/privacy',
    '/account/email',
    `/people/${person.id}`,
    '/requests',
    '/help',
    '/notifications',
    '/mailbox',
    '/admin/accounts',
    '/no-such-page',
  ];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
  // The last page is a 404 on purpose; the browser logs that it was served one.
  await takeServed404s(consoleErrors, 1);
});
