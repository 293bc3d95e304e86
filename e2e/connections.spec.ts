/**
 * The opt-in flow in two browsers: a protégé asks a suggested mentor, the mentor is notified
 * and accepts, both see the relationship in its introduction, one ends it, the other is told.
 */
import { createTestProfile, createTestUser } from '@/scripts/support/people';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { acceptedRelationship } from '@/scripts/support/relationship';
import { takeServed404s } from './support/served-404s';

test('a protégé asks, the mentor accepts, and an ended introduction is told to the other', async ({
  page,
  browser,
  signIn,
  prisma,
}) => {
  const protege = await signIn();
  await createTestProfile(prisma, protege.id);
  const goal = await prisma.goal.create({
    data: {
      userId: protege.id,
      statement: 'I want to become a Treasury Director and hear how others made that step.',
      targetTitle: 'Treasury Director',
      needs: [],
      triageKind: 'MENTOR',
    },
  });

  const mentorContext = await browser.newContext();
  const mentorPage = await mentorContext.newPage();
  const mentor = await signIn(mentorPage);
  await createTestProfile(prisma, mentor.id, {
    offers: 'MENTORING',
    capacity: 2,
    jobTitle: 'Treasury Director',
  });

  // The protégé sees the mentor among the suggestions, with reasons, and asks with a note.
  await page.goto(`/goals/${goal.id}`);
  const card = page.getByTestId('suggestion').filter({ hasText: mentor.name });
  await expect(card).toContainText('fit');
  await expect(card).toContainText('Treasury Director');
  await expectAccessible(page);
  await card.locator('summary', { hasText: `Ask ${mentor.name}` }).click();
  await card
    .getByLabel(`Your note to ${mentor.name}`)
    .fill('You lead treasury today; I would love to hear how you made that step.');
  await card.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('status')).toContainText('Sent.');
  await expect(page.getByTestId('request-status')).toHaveText('Waiting for an answer');

  // The mentor is notified, reads the request with its goal and note, and accepts.
  await mentorPage.goto('/');
  await expect(mentorPage.getByTestId('notifications-link')).toContainText('1 unread');
  await mentorPage.getByTestId('notifications-link').click();
  await expectAccessible(mentorPage);
  await mentorPage.getByRole('link', { name: /asks whether you would be their mentor/ }).click();
  await expect(mentorPage.getByText('I would love to hear how you made that step.')).toBeVisible();
  // Opened, so read: the header counts nothing unread any more, and marks where the mentor is.
  await expect(mentorPage.getByTestId('notifications-link')).not.toContainText('unread');
  await expect(mentorPage.getByRole('link', { name: 'Requests' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expectAccessible(mentorPage);
  await mentorPage.getByRole('button', { name: 'Accept' }).click();
  await expect(mentorPage.getByTestId('relationship-state')).toHaveText('Introduction');

  // The protégé sees it too, then ends the introduction.
  await page.goto('/requests');
  await page.getByRole('link', { name: `mentoring with ${mentor.name}` }).click();
  await expect(page.getByTestId('relationship-state')).toHaveText('Introduction');
  await expectAccessible(page);
  await page.getByText('End this relationship').click();
  await page.getByRole('button', { name: 'End the relationship' }).click();
  await expect(page.getByTestId('relationship-state')).toHaveText('Ended');

  await mentorPage.goto('/notifications');
  await expect(mentorPage.getByTestId('notifications')).toContainText(
    `${protege.name} ended the introduction`,
  );
  await mentorContext.close();
});

test('someone else’s request and relationship read as not found', async ({
  page,
  signIn,
  prisma,
  consoleErrors,
}) => {
  const [protege, mentor] = await Promise.all([createTestUser(prisma), createTestUser(prisma)]);
  const { request, relationship } = await acceptedRelationship(
    prisma,
    { protegeId: protege.id, mentorId: mentor.id },
    {
      statement: 'A private goal about a promotion.',
      note: 'A private note that nobody else may read.',
    },
  );
  await signIn();
  for (const path of [`/requests/${request.id}`, `/relationships/${relationship.id}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByText('A private goal about a promotion.')).toHaveCount(0);
    await expect(page.getByText('A private note')).toHaveCount(0);
  }
  await takeServed404s(consoleErrors, 2);
});

test('a protégé withdraws a request after confirming, and is told it is done', async ({
  page,
  signIn,
  prisma,
}) => {
  const protege = await signIn();
  await createTestProfile(prisma, protege.id);
  const mentor = await createTestUser(prisma);
  await createTestProfile(prisma, mentor.id, { offers: 'MENTORING', capacity: 2 });
  const goal = await prisma.goal.create({
    data: {
      userId: protege.id,
      statement: 'I want to lead a treasury team one day soon.',
      needs: [],
    },
  });
  const request = await prisma.connectionRequest.create({
    data: {
      goalId: goal.id,
      protegeId: protege.id,
      supporterId: mentor.id,
      kind: 'MENTOR',
      origin: 'PROTEGE',
      note: 'You lead treasury today; I would love to hear how you made that step.',
      expiresAt: new Date(Date.now() + 14 * 24 * 3600 * 1000),
    },
  });
  await page.goto(`/requests/${request.id}`);
  await page.getByRole('button', { name: 'Withdraw this request' }).click();
  await expect(page.getByText(`Withdraw this request? ${mentor.name} will be told`)).toBeFocused();
  await page.getByRole('button', { name: 'Yes, withdraw it' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Withdrawn. They are told there is nothing for them to do.',
  );
  await expect(page.getByTestId('request-status')).toHaveText('Withdrawn');
  await expectAccessible(page);
});
