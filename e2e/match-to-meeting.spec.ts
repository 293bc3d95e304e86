/**
 * From a match to a meeting, in two browsers and two time zones: a protégé finds a mentor among
 * a goal's suggestions, reads their profile and asks; the mentor reads the protégé's profile and
 * accepts; they write to each other; one offers times, the other picks one, and both receive the
 * calendar invitation through a real SMTP server, each e-mail on its reader's clock and the
 * invitation at the same instant for both; they agree milestones, tick one off, end it, answer
 * the closing questions, and the program's admin reads the answer on program health.
 */
import { wallTimeOf } from '@/lib/core/meetings/wall-time';
import { DEFAULT_FIT_WEIGHTS } from '@/lib/core/matching/fit/weights';
import { createTestProfile, createTestUser } from '@/scripts/support/people';
import { readInvitation } from '@/test/meetings/read-invitation';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { mailTo } from './support/mail';

// 20 March: New York already keeps summer time (UTC-4), Paris not yet (UTC+1), whatever the
// year, so the two clocks are five hours apart rather than the usual six.
const YEAR = new Date().getUTCFullYear() + 1;
const DAY = `${new Date(Date.UTC(YEAR, 2, 20)).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })}, 20 March ${YEAR}`;
const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';

test('from a suggestion to a meeting on both clocks, and to the outcome on program health', async ({
  page,
  browser,
  signIn,
  signInAs,
  prisma,
}) => {
  test.slow();
  const protege = await signIn();
  await createTestProfile(prisma, protege.id, { jobTitle: 'Treasury Analyst' });
  await prisma.profile.update({ where: { userId: protege.id }, data: { timezone: PARIS } });
  const mentorContext = await browser.newContext();
  const mentorPage = await mentorContext.newPage();
  const mentor = await signIn(mentorPage);
  await createTestProfile(prisma, mentor.id, {
    offers: 'MENTORING',
    capacity: 2,
    jobTitle: 'Treasury Director',
  });
  await prisma.profile.update({ where: { userId: mentor.id }, data: { timezone: NEW_YORK } });
  const goal = await prisma.goal.create({
    data: {
      userId: protege.id,
      statement: 'I want to become a Treasury Director and hear how others made that step.',
      targetTitle: 'Treasury Director',
      needs: [],
      triageKind: 'MENTOR',
    },
  });

  // The protégé finds the mentor among the goal's suggestions and opens their profile.
  await page.goto(`/goals/${goal.id}`);
  const card = page.getByTestId('suggestion').filter({ hasText: mentor.name });
  await expect(card).toContainText('Treasury Director');
  await card.getByRole('link', { name: mentor.name }).click();
  await expect(page).toHaveURL(`/people/${mentor.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mentor.name);
  await expect(page.getByTestId('person-facts')).toContainText('Has room for someone new');
  await expectAccessible(page);

  // Back on the goal, the protégé asks with a note.
  await page.goBack();
  await card.locator('summary', { hasText: `Ask ${mentor.name}` }).click();
  await card
    .getByLabel(`Your note to ${mentor.name}`)
    .fill('You lead treasury today; I would love to hear how you made that step.');
  await card.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('status')).toContainText('Sent.');

  // The mentor reads the request, opens the protégé's profile from it, and accepts.
  await mentorPage.goto('/requests');
  await mentorPage.getByRole('link', { name: `mentoring: ${protege.name}` }).click();
  await expect(mentorPage.getByText('I would love to hear how you made that step.')).toBeVisible();
  const requestUrl = mentorPage.url();
  await mentorPage.getByRole('link', { name: `See ${protege.name}'s profile` }).click();
  await expect(mentorPage).toHaveURL(`/people/${protege.id}`);
  await expect(mentorPage.getByRole('heading', { level: 1 })).toHaveText(protege.name);
  await expect(mentorPage.getByTestId('person-facts')).toContainText('Treasury Analyst');
  await expectAccessible(mentorPage);
  await mentorPage.goto(requestUrl);
  await mentorPage.getByRole('button', { name: 'Accept' }).click();
  await expect(mentorPage.getByTestId('relationship-state')).toHaveText('Introduction');
  const relationshipId = new URL(mentorPage.url()).pathname.split('/').at(-1)!;
  expect(
    await prisma.relationship.count({
      where: { id: relationshipId, protegeId: protege.id, supporterId: mentor.id },
    }),
  ).toBe(1);

  // The protégé sees how to reach the mentor and writes first; markup stays text.
  await page.goto(`/relationships/${relationshipId}`);
  await expect(page.getByTestId('contact-email')).toHaveText(mentor.email);
  const hello = '<b>Hello</b>! שלום — would Tuesday suit you?';
  await page.getByLabel(`Your message to ${mentor.name}`).fill(hello);
  await page.getByRole('button', { name: 'Send message' }).click();
  const sent = page.getByTestId('message').filter({ hasText: 'would Tuesday suit you?' });
  await expect(sent.locator('p[dir="auto"]')).toHaveText(hello);
  await expect(page.getByLabel(`Your message to ${mentor.name}`)).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();

  // The mentor is e-mailed, follows the link, reads it and answers.
  const told = await mailTo(mentor.email, /A new message/);
  expect(told.text).not.toContain('Tuesday');
  await mentorPage.goto(told.link);
  await expect(mentorPage.getByTestId('message')).toHaveText(new RegExp('would Tuesday suit you'));
  await mentorPage.getByLabel(`Your message to ${protege.name}`).fill('Tuesday works for me.');
  await mentorPage.getByRole('button', { name: 'Send message' }).click();
  await expect(mentorPage.getByTestId('message')).toHaveCount(2);
  // Having read the thread on its page, the mentor has nothing unread.
  await mentorPage.goto('/');
  await expect(mentorPage.getByTestId('notifications-link')).not.toContainText('unread');
  await mailTo(protege.email, /A new message/);
  await page.reload();
  await expect(page.getByTestId('message').last()).toContainText('Tuesday works for me.');

  // The protégé offers two times on their own clock (Paris).
  await page.getByLabel('First time').fill(`${YEAR}-03-20T10:00`);
  await page.getByLabel('Second time (optional)').fill(`${YEAR}-03-21T16:30`);
  await page.getByLabel('How long').selectOption('45');
  await page.getByLabel('Video link (optional)').fill('https://video.example.test/room-7');
  await page.getByRole('button', { name: 'Offer these times' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Times sent' })).toBeVisible();
  await expect(page.getByTestId('meetings-waiting')).toContainText(
    `${DAY} at 10:00 (${PARIS}, GMT+1)`,
  );
  await expect(page.getByTestId('meetings-waiting')).toContainText(
    `${DAY} at 05:00 for ${mentor.name} (${NEW_YORK}, GMT-4)`,
  );
  await expectAccessible(page);

  // The mentor sees them on New York's clock, and picks the first.
  const offer = await mailTo(mentor.email, /offers times to meet/);
  expect(offer.text).toContain(`${DAY} at 05:00`);
  // Its notice is there too; the link then loads the page afresh (it differs only in its #).
  await mentorPage.goto('/notifications');
  await expect(mentorPage.getByTestId('notifications')).toContainText(
    `${protege.name} offers times to meet`,
  );
  await mentorPage.goto(offer.link);
  await expectAccessible(mentorPage);
  await mentorPage.getByRole('radio', { name: new RegExp(`^${DAY} at 05:00`) }).check();
  await mentorPage.getByRole('button', { name: 'Pick this time' }).click();
  await expect(mentorPage.getByRole('status').filter({ hasText: 'Picked' })).toBeVisible();
  await expect(mentorPage.getByTestId('meetings-upcoming')).toContainText(`${DAY} at 05:00`);

  // Both receive the invitation: one event, one instant, each e-mail on its reader's clock.
  const [forProtege, forMentor] = await Promise.all([
    mailTo(protege.email, /^Meeting with/),
    mailTo(mentor.email, /^Meeting with/),
  ]);
  for (const mail of [forProtege, forMentor]) {
    expect(mail.files).toContain('invitation.ics');
    expect(mail.calendar).toBeTruthy();
  }
  const [protegeInvite, mentorInvite] = [forProtege, forMentor].map((mail) =>
    readInvitation(mail.calendar!),
  );
  expect(protegeInvite!.method).toBe('REQUEST');
  expect(mentorInvite!.uid).toBe(protegeInvite!.uid);
  expect(protegeInvite!.start.toISOString()).toBe(`${YEAR}-03-20T09:00:00.000Z`);
  expect(wallTimeOf(protegeInvite!.start, PARIS)).toBe(`${YEAR}-03-20T10:00`);
  expect(wallTimeOf(mentorInvite!.start, NEW_YORK)).toBe(`${YEAR}-03-20T05:00`);
  expect(protegeInvite!.end.getTime() - protegeInvite!.start.getTime()).toBe(45 * 60_000);
  expect(protegeInvite!.location).toBe('https://video.example.test/room-7');
  expect(forProtege.text).toContain(`${DAY} at 10:00 (${PARIS}, GMT+1)`);
  expect(forMentor.text).toContain(`${DAY} at 05:00 (${NEW_YORK}, GMT-4)`);

  // The mentor moves it on their clock: the same event, one version later, for both.
  await mentorPage.getByText('Move it').click();
  await expectAccessible(mentorPage);
  await mentorPage.getByLabel('New time').fill(`${YEAR}-03-22T09:00`);
  await mentorPage.getByRole('button', { name: 'Move the meeting' }).click();
  await expect(mentorPage.getByRole('status').filter({ hasText: 'Moved' })).toBeVisible();
  const moved = await mailTo(protege.email, /^Meeting moved/);
  const movedInvite = readInvitation(moved.calendar!);
  expect(movedInvite).toMatchObject({ method: 'REQUEST', uid: protegeInvite!.uid, sequence: 1 });
  expect(wallTimeOf(movedInvite.start, PARIS)).toBe(`${YEAR}-03-22T14:00`);
  expect(moved.text).toContain(`22 March ${YEAR} at 14:00 (${PARIS}, GMT+1)`);

  // The meeting is on the protégé's page and home page, on their clock.
  await page.goto(`/relationships/${relationshipId}`);
  await expect(page.getByTestId('meetings-upcoming')).toContainText(`22 March ${YEAR} at 14:00`);
  await expectAccessible(page);
  await page.goto('/');
  await expect(page.getByTestId('upcoming-meetings')).toContainText(
    `22 March ${YEAR} at 14:00 with ${mentor.name}`,
  );

  // The protégé ends it and answers the closing questions; the program's admins see the answer.
  const admin = await createTestUser(prisma);
  await prisma.program.create({
    data: {
      name: `Treasury circle ${protege.id}`,
      weights: { ...DEFAULT_FIT_WEIGHTS },
      admins: { create: { userId: admin.id } },
      members: { create: { userId: protege.id } },
    },
  });
  // Under way, with two milestones agreed; a check-in ticks off the first.
  await page.goto(`/relationships/${relationshipId}`);
  await page.getByLabel('Milestone 1').fill('Lead one budget review');
  await page.getByLabel('Milestone 2').fill('Present to the board');
  await page.getByRole('button', { name: 'We have met: mark as under way' }).click();
  await expect(page.getByTestId('milestones')).toContainText('Present to the board · still ahead');
  await page.getByLabel('What happened, what is next').fill('The budget review went well.');
  await page.getByRole('radio', { name: '4', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Lead one budget review' }).check();
  await page.getByRole('button', { name: 'Add check-in' }).click();
  await expect(page.getByRole('heading', { name: 'Milestones (1 of 2 reached)' })).toBeVisible();
  await expectAccessible(page);

  await page.getByText('End this relationship').click();
  await page.getByRole('button', { name: 'End the relationship' }).click();
  const closing = page.getByTestId('closing-questions');
  await closing.getByRole('radio', { name: '5 · Very much' }).check();
  await closing.getByRole('radio', { name: 'Yes', exact: true }).check();
  await closing
    .getByLabel('Anything the program team should know (optional)')
    .fill('Exactly the guide I needed.');
  await closing.getByRole('button', { name: 'Send my answers' }).click();
  await expect(closing).toContainText('Thank you: your answers are with the program team.');
  await expectAccessible(page);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInAs(adminPage, admin);
  const program = await prisma.program.findFirstOrThrow({
    where: { members: { some: { userId: protege.id } } },
  });
  await adminPage.goto(`/programs/${program.id}/health`);
  const outcomes = adminPage.getByRole('region', { name: 'How ended relationships went' });
  await expect(outcomes).toContainText('1 closing answers: helped with the goal 5 of 5');
  await expect(outcomes).toContainText('Exactly the guide I needed.');
  await adminContext.close();
  await mentorContext.close();
});
