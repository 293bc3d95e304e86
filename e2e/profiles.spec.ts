/**
 * Profiles and privacy in the browser: a mentor hides their past employers on the profile form
 * and a protégé opens their profile from a suggestion without seeing them; a goal says who can
 * read it; a block of someone who asked reads to them as a decline, and the blocker can undo
 * it on the page of people they blocked or hid.
 */
import { createTestProfile, createTestUser } from '@/scripts/support/people';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { takeServed404s } from './support/served-404s';

test('a protégé opens a suggested mentor’s profile, which leaves out the past employer they hide', async ({
  page,
  browser,
  signIn,
  prisma,
  consoleErrors,
}) => {
  const mentorContext = await browser.newContext();
  const mentorPage = await mentorContext.newPage();
  const mentor = await signIn(mentorPage);
  await createTestProfile(prisma, mentor.id, {
    offers: 'MENTORING',
    capacity: 2,
    jobTitle: 'Treasury Director',
    level: 6,
  });
  await prisma.experience.create({
    data: {
      userId: mentor.id,
      title: 'Treasury Director',
      level: 6,
      organisation: 'Northwind Quiet Bank',
      country: 'FR',
      kind: 'PROMOTION',
      startYear: 2016,
      endYear: 2021,
    },
  });

  // The mentor ticks "hide my past employers" on the profile form.
  await mentorPage.goto('/profile/edit');
  await mentorPage.getByLabel('Hide my past employers from others').check();
  await mentorPage.getByRole('button', { name: 'Save profile' }).click();
  await expect(mentorPage).toHaveURL(/\/profile\?saved=profile/);
  await expect(mentorPage.getByTestId('profile-summary')).toContainText('Hidden from others');
  expect(
    await prisma.profile.findUniqueOrThrow({
      where: { userId: mentor.id },
      select: { hidePastEmployers: true, hideFromSuggestions: true },
    }),
  ).toEqual({ hidePastEmployers: true, hideFromSuggestions: false });
  await mentorContext.close();

  const protege = await signIn();
  await createTestProfile(prisma, protege.id);
  const goal = await prisma.goal.create({
    data: {
      userId: protege.id,
      statement: 'I want to become a Treasury Director and hear how others made that step.',
      targetTitle: 'Treasury Director',
      targetLevel: 6,
      needs: [],
      triageKind: 'MENTOR',
    },
  });
  await page.goto(`/goals/${goal.id}`);
  const card = page.getByTestId('suggestion').filter({ hasText: mentor.name });
  await expect(card).toContainText('Treasury Director');
  await expect(card).not.toContainText('Northwind Quiet Bank');
  await card.getByRole('link', { name: mentor.name }).click();

  await expect(page).toHaveURL(`/people/${mentor.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mentor.name);
  const facts = page.getByTestId('person-facts');
  await expect(facts).toContainText('Mentoring');
  await expect(facts).toContainText('Has room for someone new');
  await expect(facts).toContainText('Europe/Paris');
  await expect(page.getByTestId('person-steps')).toContainText('Treasury Director');
  await expect(
    page.getByText(`${mentor.name} keeps the names of past employers private.`),
  ).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Northwind Quiet Bank');
  await expectAccessible(page);

  // Their own profile, as others see it.
  await page.goto(`/people/${protege.id}`);
  await expect(page.getByText('This is how others see your profile.')).toBeVisible();
  await expectAccessible(page);
  // Someone who offers no help and has nothing open with them reads as not found.
  const stranger = await createTestUser(prisma);
  await createTestProfile(prisma, stranger.id);
  const response = await page.goto(`/people/${stranger.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  await expect(page.locator('main')).not.toContainText(stranger.name);
  await takeServed404s(consoleErrors, 1);
});

test('each goal says truthfully who can read it', async ({ page, signIn }) => {
  await signIn();
  await page.goto('/goals/new');
  await page
    .getByLabel('Your goal, in your own words')
    .fill('I want to prepare for a conversation about a pay rise with my manager.');
  await page.getByLabel('Only people I ask').check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByTestId('goal-details')).toContainText('Only people you ask can read it.');

  await page.goto('/goals/new');
  await page
    .getByLabel('Your goal, in your own words')
    .fill('I want to move from engineering into product management within a year.');
  await expect(
    page.getByLabel('Mentors and coaches who could help, without your name'),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByTestId('goal-details')).toContainText('without your name');

  await page.goto('/goals');
  await expect(page.getByText('Only you can see your goals.')).toHaveCount(0);
  const labels = page.getByTestId('goal-visibility');
  await expect(labels).toHaveText([
    'Mentors and coaches who could help can read it, without your name or job title, and offer their help.',
    'Only people you ask can read it.',
  ]);
  await expectAccessible(page);
});

test('a block reads as a decline to the one who asked, and its undo is on the blocks page', async ({
  page,
  browser,
  signIn,
  prisma,
}) => {
  const protegeContext = await browser.newContext();
  const protegePage = await protegeContext.newPage();
  const protege = await signIn(protegePage);
  await createTestProfile(prisma, protege.id);
  const goal = await prisma.goal.create({
    data: { userId: protege.id, statement: 'I want to lead a finance team.', needs: [] },
  });
  const mentor = await signIn();
  await createTestProfile(prisma, mentor.id, { offers: 'MENTORING', capacity: 2 });
  const request = await prisma.connectionRequest.create({
    data: {
      goalId: goal.id,
      kind: 'MENTOR',
      protegeId: protege.id,
      supporterId: mentor.id,
      origin: 'PROTEGE',
      note: 'You have led finance teams; I would love to hear how.',
      expiresAt: new Date(Date.now() + 14 * 86_400_000),
    },
  });

  await page.goto('/account/privacy');
  await expect(page.getByText('You have not blocked anyone.')).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/requests/${request.id}`);
  await page.locator('summary', { hasText: `Block ${protege.name}` }).click();
  await page.getByRole('button', { name: `Block ${protege.name}` }).click();
  await expect(page.getByRole('status')).toContainText('Done.');
  await page.getByRole('link', { name: 'your blocks and hidden people' }).click();
  await expect(page.getByTestId('blocked-people')).toContainText(protege.name);
  await expectAccessible(page);

  // The one who asked reads an ordinary decline.
  await protegePage.goto('/notifications');
  await expect(protegePage.getByTestId('notifications')).toContainText(
    `${mentor.name} can't take this on right now.`,
  );
  await expect(protegePage.getByTestId('notifications')).not.toContainText('no longer available');
  await protegePage.goto(`/requests/${request.id}`);
  await expect(protegePage.getByTestId('request-status')).toHaveText(/declined|take it on/i);
  await protegeContext.close();

  // Undo, after a question.
  await page.getByRole('button', { name: `Unblock ${protege.name}` }).click();
  await expect(page.getByText(`Unblock ${protege.name}? You can be suggested`)).toBeFocused();
  await page.getByRole('button', { name: `Yes, unblock ${protege.name}` }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Unblocked. You can be suggested to each other again.',
  );
  await expect(page.getByText('You have not blocked anyone.')).toBeVisible();
});
