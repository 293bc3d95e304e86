/**
 * Inviting someone from outside: a protégé invites an address with no account from their goal
 * page; the real SMTP test server receives the invitation; the invited person follows its link
 * (which signs them in as a guest), reads the goal and note, accepts with their name, and both
 * see the relationship page with the guide for mentoring. The guest is kept to their
 * relationships: goals, suggestions, goals to help and programs send them home. A program's
 * admin turns such invitations off for its members, and its health page counts them apart.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { DEFAULT_FIT_WEIGHTS } from '@/lib/core/matching/fit/weights';
import { createTestGoal, createTestProfile } from '@/scripts/support/people';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { mailTo } from './support/mail';

/** Fills the goal page's "Invite someone from outside" form and sends it; answers its region. */
async function sendInvitation(
  page: Page,
  goalId: string,
  { email, note, kind }: { email: string; note: string; kind?: 'Mentor' | 'Coach' },
) {
  await page.goto(`/goals/${goalId}`);
  const outside = page.getByRole('region', { name: 'Invite someone from outside' });
  await outside.getByLabel('Their e-mail address').fill(email);
  if (kind) await outside.getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
  await outside.getByLabel('Your note to them').fill(note);
  await outside.getByRole('button', { name: 'Send invitation' }).click();
  return outside;
}

test('an outside mentor is invited by e-mail, signs in by its link and accepts', async ({
  page,
  browser,
  signIn,
  prisma,
}) => {
  test.setTimeout(120_000);
  const tag = randomUUID().slice(0, 8);
  const protege = await signIn();
  await createTestProfile(prisma, protege.id);
  const goal = await createTestGoal(prisma, protege.id, 'I want to become a Treasury Director.');
  const email = `outside-${tag}@elsewhere.example.test`;
  const note = 'You were my manager at the bank and I would value your view on this move.';

  await sendInvitation(page, goal.id, { email, note, kind: 'Mentor' });
  await expect(page.getByText('Your invitation is on its way')).toBeVisible();
  await expect(page.getByTestId('outside-invitations')).toContainText(
    `${email} as your mentor · waiting for an answer`,
  );
  await expectAccessible(page);

  const mail = await mailTo(email, /asks you to be their mentor/);
  expect(mail.subject).toBe(`${protege.name} asks you to be their mentor`);
  expect(mail.text).toContain(note);
  expect(mail.html).toContain(`href="${mail.link.replace(/&/g, '&amp;')}"`);

  const guestContext = await browser.newContext();
  const guestPage = await guestContext.newPage();
  await guestPage.goto(mail.link);
  await expect(
    guestPage.getByRole('heading', { name: `${protege.name} asks you to be their mentor` }),
  ).toBeVisible();
  await expect(guestPage.getByTestId('invitation-goal')).toHaveText(
    'I want to become a Treasury Director.',
  );
  await expect(guestPage.getByTestId('invitation-note')).toHaveText(note);
  await expectAccessible(guestPage);
  await guestPage.getByLabel('Your name').fill(`Olu ${tag}`);
  await guestPage.getByRole('button', { name: 'Accept' }).click();

  await expect(guestPage).toHaveURL(/\/relationships\/[^/?]+/);
  const guestGuide = guestPage.getByRole('region', { name: 'Your mentoring guide' });
  await expect(guestGuide).toContainText('For your first meeting: the path');
  const relationshipPath = new URL(guestPage.url()).pathname;

  await page.goto(relationshipPath);
  await expect(page.getByText(`Olu ${tag}`).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your mentoring guide' })).toContainText(
    'For your first meeting: the path',
  );
  await page.goto(`/goals/${goal.id}`);
  await expect(page.getByTestId('outside-invitations')).toContainText(
    `${email} as your mentor · accepted`,
  );

  // The guest sees their relationship, and nothing of the platform beyond it.
  const guest = await prisma.user.findUniqueOrThrow({ where: { email } });
  expect(guest.kind).toBe('GUEST');
  for (const path of ['/goals', `/goals/${goal.id}`, '/goals/new', '/help', '/programs']) {
    await guestPage.goto(path);
    await expect(guestPage.getByText('That page is for members.')).toBeVisible();
    await expect(guestPage).toHaveURL(/\/\?guest=1$/);
  }
  await expect(guestPage.getByRole('navigation', { name: 'Main' })).not.toContainText('Goals');
  await expect(guestPage.getByRole('link', { name: `Mentoring ${protege.name}` })).toHaveAttribute(
    'href',
    relationshipPath,
  );
  await expectAccessible(guestPage);
  await guestContext.close();
});

test('a protégé withdraws an invitation after confirming, and the link then says so', async ({
  page,
  browser,
  signIn,
  prisma,
}) => {
  test.setTimeout(90_000);
  const tag = randomUUID().slice(0, 8);
  const protege = await signIn();
  await createTestProfile(prisma, protege.id);
  const goal = await createTestGoal(prisma, protege.id, 'I freeze when I present to the board.');
  const email = `withdrawn-${tag}@elsewhere.example.test`;
  const outside = await sendInvitation(page, goal.id, {
    email,
    note: 'We met at the conference; would you coach me?',
    kind: 'Coach',
  });
  await expect(page.getByText('Your invitation is on its way')).toBeVisible();
  const mail = await mailTo(email, /asks you to be their coach/);

  await outside.getByRole('button', { name: /^Withdraw/ }).click();
  await outside.getByRole('button', { name: 'Yes, withdraw it' }).click();
  // The status line, not the word: the confirmation question says "withdrawn" too.
  await expect(page.getByTestId('outside-invitations')).toContainText(
    `${email} as your coach · withdrawn`,
  );

  // No account is made for an address whose invitation is no longer open.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(mail.link);
  await expect(otherPage).not.toHaveURL(/\/invitations\//);
  expect(await prisma.user.count({ where: { email } })).toBe(0);
  await other.close();
});

test('a program admin turns outside mentors off; its member is refused, and health counts them', async ({
  page,
  browser,
  signIn,
  prisma,
}) => {
  test.setTimeout(90_000);
  const tag = randomUUID().slice(0, 8);
  const admin = await signIn();
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  const member = await signIn(memberPage);
  await createTestProfile(prisma, member.id);
  const goal = await createTestGoal(prisma, member.id, 'I want to lead a finance team.');
  const program = await prisma.program.create({
    data: {
      name: `Closed ${tag}`,
      weights: { ...DEFAULT_FIT_WEIGHTS },
      admins: { create: { userId: admin.id } },
      members: { create: { userId: member.id } },
    },
  });
  // Allowed by default: one invitation goes out before the admin changes it.
  const invite = (email: string) =>
    sendInvitation(memberPage, goal.id, {
      email,
      note: 'You coached me years ago; would you again?',
    });
  await invite(`first-${tag}@elsewhere.example.test`);
  await expect(memberPage.getByText('Your invitation is on its way')).toBeVisible();

  await page.goto(`/programs/${program.id}/settings`);
  const setting = page.getByLabel('Members may invite a mentor or coach from outside');
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await page
    .getByRole('region', { name: 'Mentors and coaches from outside' })
    .getByRole('button', { name: 'Save' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expectAccessible(page);

  await invite(`second-${tag}@elsewhere.example.test`);
  await expect(
    memberPage.getByText(`Your program Closed ${tag} keeps mentoring and coaching among its own`),
  ).toBeVisible();

  await page.goto(`/programs/${program.id}/health`);
  const health = page.getByRole('region', { name: 'Mentors and coaches from outside' });
  await expect(health.getByRole('row', { name: /Invited by e-mail 1/ })).toBeVisible();
  await expect(health.getByRole('row', { name: /Waiting for an answer 1/ })).toBeVisible();
  await memberContext.close();
});

test('an invitation followed while signed in as someone else says so, and shows nothing of it', async ({
  page,
  browser,
  signIn,
  prisma,
}) => {
  test.setTimeout(90_000);
  const tag = randomUUID().slice(0, 8);
  const protege = await signIn();
  await createTestProfile(prisma, protege.id);
  const statement = `I want to run a shared service centre ${tag}.`;
  const goal = await createTestGoal(prisma, protege.id, statement);
  const email = `meant-${tag}@elsewhere.example.test`;
  const note = `Would you mentor me on this, ${tag}?`;
  await sendInvitation(page, goal.id, { email, note, kind: 'Mentor' });
  await expect(page.getByText('Your invitation is on its way')).toBeVisible();
  const mail = await mailTo(email, /asks you to be their mentor/);
  // The sign-in link lands on the invitation's own page; the wrong account opens that page.
  const invitationPath = fullyDecoded(mail.link).match(/\/invitations\/[\w-]+/)?.[0];
  expect(invitationPath).toBeTruthy();

  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  const other = await signIn(otherPage);
  await otherPage.goto(invitationPath!);
  await expect(
    otherPage.getByRole('heading', { name: 'This invitation was sent to another address' }),
  ).toBeVisible();
  await expect(otherPage.getByRole('main')).toContainText(`You are signed in as ${other.email}`);
  const shown = await otherPage.locator('body').innerText();
  for (const secret of [email, statement, note, protege.name, protege.email])
    expect(shown).not.toContain(secret);
  await expectAccessible(otherPage);

  await otherPage
    .getByRole('button', { name: 'Sign out and sign in with another address' })
    .click();
  await expect(otherPage).toHaveURL(
    (url) => url.pathname === '/sign-in' && url.searchParams.get('next') === invitationPath,
  );
  await expect(otherPage.getByText('Sign in to carry on where you were going.')).toBeVisible();
  await expect(
    otherPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Sign in', exact: true }),
  ).toBeVisible();
  // Still open, and untouched by the visit.
  expect(
    await prisma.outsideInvitation.findFirstOrThrow({ where: { inviteeEmail: email } }),
  ).toMatchObject({ status: 'OPEN', inviteeId: null });
  await otherContext.close();
});

/** A sign-in link carries its landing page encoded, perhaps more than once. */
function fullyDecoded(value: string): string {
  let previous = value;
  for (;;) {
    const next = decodeURIComponent(previous);
    if (next === previous) return next;
    previous = next;
  }
}
