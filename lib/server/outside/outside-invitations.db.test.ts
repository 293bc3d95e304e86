import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createActor } from '@/scripts/support/actors';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';
import { db } from '../db';
import { AppError } from '../errors';
import { reset } from '../rate-limit';
import { daysAfter } from '../connections/rules';
import { sweepRequests } from '../connections/sweep';
import { acceptOutsideInvitation, declineOutsideInvitation } from './answer-invitation';
import { claimGuestAccount } from './guests';
import { OPEN_OUTSIDE_INVITATIONS_CAP, OUTSIDE_INVITATIONS_PER_DAY } from './limits';
import { listOutsideInvitations } from './list-invitations';
import { sendOutsideInvitation } from './send-invitation';
import { withdrawOutsideInvitation } from './withdraw-invitation';
import { programHealth } from '../programs/health/program-health';
import { findManagerCandidates } from '../profiles/manager-candidates';
import { findPersonProfile } from '../profiles/person-profile';
import { saveProfile } from '../profiles/save-profile';

const outsider = () => `outside-${randomUUID()}@elsewhere.example.test`;

async function invite(
  actor: Awaited<ReturnType<typeof createProtege>>['actor'],
  goalId: string,
  email = outsider(),
  now?: Date,
) {
  const sent = await sendOutsideInvitation({
    actor,
    input: { goalId, email, kind: 'MENTOR', note: NOTE },
    ...(now ? { now } : {}),
  });
  return { ...sent, email };
}

async function refusal(call: () => Promise<unknown>): Promise<AppError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the call was not refused');
}

/** What the sender's side of one send leaves: its answer shape and the e-mail queued. */
async function sendTrace(email: string) {
  const { actor, goal } = await createProtege();
  const answer = await invite(actor, goal.id, email);
  const mail = await db.emailMessage.findFirstOrThrow({ where: { to: email } });
  const invitation = await db.outsideInvitation.findUniqueOrThrow({ where: { id: answer.id } });
  return {
    answerKeys: Object.keys(answer).toSorted(),
    subject: mail.subject.replace(actor.name, 'NAME'),
    text: mail.text
      .replace(actor.name, 'NAME')
      .replace(/token=[^&\s]+/, 'token=T')
      .replace(/email=[^&\s]+/, 'email=E')
      .replace(/invitations%2F[\w-]+/, 'invitations%2FI'),
    status: invitation.status,
    users: await db.user.count({ where: { email } }),
  };
}

describe('invitations from outside', () => {
  it('answer the same whether or not the address has an account, and make none', async () => {
    const member = await createActor();
    const withAccount = await sendTrace(member.email);
    const withoutAccount = await sendTrace(outsider());
    expect({ ...withAccount, users: 0 }).toEqual(withoutAccount);
    expect(withAccount.users).toBe(1);
    expect(withoutAccount.users).toBe(0);
  });

  it('cap open invitations, refuse the same address twice and one’s own address', async () => {
    const { actor, goal } = await createProtege();
    const first = await invite(actor, goal.id);
    expect((await refusal(() => invite(actor, goal.id, first.email))).code).toBe('CONFLICT');
    expect((await refusal(() => invite(actor, goal.id, actor.email))).field).toBe('email');
    // Refused sends count against the daily limit too; this test is about the open cap.
    await reset(OUTSIDE_INVITATIONS_PER_DAY, actor.id);
    for (let i = 1; i < OPEN_OUTSIDE_INVITATIONS_CAP; i += 1) await invite(actor, goal.id);
    const capped = await refusal(() => invite(actor, goal.id));
    expect(capped.message).toContain(`${OPEN_OUTSIDE_INVITATIONS_CAP} invitations waiting`);
    // Withdrawing one makes room again.
    await withdrawOutsideInvitation({ actor, input: { invitationId: first.id } });
    await invite(actor, goal.id);
  });

  it('limit how many one person sends in a day', async () => {
    const { actor, goal } = await createProtege();
    const sent: string[] = [];
    for (let i = 0; i < OUTSIDE_INVITATIONS_PER_DAY.points; i += 1) {
      const one = await invite(actor, goal.id);
      sent.push(one.id);
      // Keep under the open cap so that only the daily limit can refuse.
      await withdrawOutsideInvitation({ actor, input: { invitationId: one.id } });
    }
    expect((await refusal(() => invite(actor, goal.id))).code).toBe('RATE_LIMITED');
    expect(sent).toHaveLength(OUTSIDE_INVITATIONS_PER_DAY.points);
  });

  it('expire: read as expired past their date, refused, swept once with a notification', async () => {
    const { actor, goal } = await createProtege();
    const sentAt = new Date(Date.now() - 20 * 24 * 60 * 60 * 1000);
    const old = await invite(actor, goal.id, outsider(), sentAt);
    const [listed] = await listOutsideInvitations({ actor, goalId: goal.id });
    expect(listed?.status).toBe('EXPIRED');
    // No guest account is made from an expired invitation's link.
    expect(await claimGuestAccount(old.email)).toBeNull();
    const invitee = await createActor();
    const late = await invite(actor, goal.id, invitee.email, sentAt);
    const expired = await refusal(() =>
      acceptOutsideInvitation({ actor: invitee, input: { invitationId: late.id, name: 'Late' } }),
    );
    expect(expired.message).toContain('expired');
    expect((await sweepRequests(daysAfter(sentAt, 15))).outsideExpired).toBe(2);
    expect((await sweepRequests(daysAfter(sentAt, 16))).outsideExpired).toBe(0);
    expect(
      await db.notification.count({ where: { userId: actor.id, kind: 'request-expired' } }),
    ).toBe(2);
  });

  it('accepting makes a guest’s relationship, with both yeses; only the invited address may', async () => {
    const { actor, goal } = await createProtege();
    const { email, id } = await invite(actor, goal.id);
    const guestRow = await claimGuestAccount(email);
    expect(guestRow).not.toBeNull();
    const guest = { ...guestRow!, isPlatformAdmin: false };
    const stranger = await createActor();
    expect(
      (
        await refusal(() =>
          acceptOutsideInvitation({ actor: stranger, input: { invitationId: id, name: 'X' } }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    const { relationshipId } = await acceptOutsideInvitation({
      actor: guest,
      input: { invitationId: id, name: 'Olu Outside' },
    });
    const relationship = await db.relationship.findUniqueOrThrow({
      where: { id: relationshipId },
      include: { request: true, supporter: true },
    });
    expect(relationship).toMatchObject({ protegeId: actor.id, kind: 'MENTOR', state: 'INTRO' });
    expect(relationship.request).toMatchObject({ origin: 'OUTSIDE', status: 'ACCEPTED' });
    expect(relationship.request.protegeAcceptedAt).not.toBeNull();
    expect(relationship.request.supporterAcceptedAt).not.toBeNull();
    expect(relationship.supporter).toMatchObject({ kind: 'GUEST', name: 'Olu Outside' });
    // Answered once: a second answer is refused.
    expect(
      (await refusal(() => declineOutsideInvitation({ actor: guest, input: { invitationId: id } })))
        .code,
    ).toBe('CONFLICT');
  });

  it('link an existing account without making it a guest', async () => {
    const { actor, goal } = await createProtege();
    const member = await createSupporter();
    const { id } = await invite(actor, goal.id, member.email);
    expect(await claimGuestAccount(member.email).catch(() => 'taken')).toBe('taken');
    await acceptOutsideInvitation({ actor: member, input: { invitationId: id, name: 'Ignored' } });
    const after = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(after).toMatchObject({ kind: 'MEMBER', name: member.name });
    expect(await db.outsideInvitation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'ACCEPTED',
      inviteeId: member.id,
    });
  });
});

describe('a program that keeps mentoring among its own people', () => {
  async function programForbidding(memberId: string) {
    return db.program.create({
      data: {
        name: `Closed ${randomUUID()}`,
        weights: {},
        allowOutsideMentors: false,
        members: { create: { userId: memberId } },
      },
    });
  }

  it('stops its members sending, and stops invitations already sent from being accepted', async () => {
    const { actor, goal } = await createProtege();
    const invitee = await createActor();
    const { id } = await invite(actor, goal.id, invitee.email);
    const program = await programForbidding(actor.id);
    const sending = await refusal(() => invite(actor, goal.id));
    expect(sending.message).toContain(program.name);
    const accepting = await refusal(() =>
      acceptOutsideInvitation({ actor: invitee, input: { invitationId: id, name: 'Late' } }),
    );
    expect(accepting.message).toContain('keeps mentoring and coaching among its own people');
    expect(accepting.message).not.toContain(program.name);
    // Archived, it asks nothing any more.
    await db.program.update({ where: { id: program.id }, data: { archivedAt: new Date() } });
    await invite(actor, goal.id);
  });
});

describe('program health', () => {
  it('shows invitations from outside and their relationships as their own group', async () => {
    const { actor, goal } = await createProtege();
    const admin = { ...(await createActor()), isPlatformAdmin: true };
    await db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });
    const program = await db.program.create({
      data: {
        name: `Open ${randomUUID()}`,
        weights: {},
        members: { create: { userId: actor.id } },
      },
    });
    const member = await createSupporter();
    const accepted = await invite(actor, goal.id, member.email);
    await invite(actor, goal.id);
    const withdrawn = await invite(actor, goal.id);
    await withdrawOutsideInvitation({ actor, input: { invitationId: withdrawn.id } });
    await acceptOutsideInvitation({
      actor: member,
      input: { invitationId: accepted.id, name: member.name },
    });
    const health = await programHealth({ actor: admin, programId: program.id });
    // Accepting withdrew the goal's other open invitation of the same kind.
    expect(health?.outside).toEqual({
      invited: 3,
      waiting: 0,
      declined: 0,
      expired: 0,
      withdrawn: 2,
      started: 1,
      underWay: 1,
      ended: 0,
    });
  });
});

describe('a guest', () => {
  it('sees only the people of their relationships, and becomes a member by saving a profile', async () => {
    const { actor, goal } = await createProtege();
    const { email, id } = await invite(actor, goal.id);
    const guest = { ...(await claimGuestAccount(email))!, isPlatformAdmin: false };
    const someoneElse = await createSupporter();
    expect(await findPersonProfile({ actor: guest, userId: actor.id })).toBeNull();
    await acceptOutsideInvitation({ actor: guest, input: { invitationId: id, name: 'Olu' } });
    expect(await findPersonProfile({ actor: guest, userId: actor.id })).not.toBeNull();
    expect(await findPersonProfile({ actor: guest, userId: someoneElse.id })).toBeNull();
    expect(await findManagerCandidates({ actor: guest, input: { query: 'Test' } })).toEqual([]);

    await saveProfile({
      actor: guest,
      input: {
        organisation: 'Elsewhere Ltd',
        function: 'Finance',
        jobTitle: 'Treasurer',
        level: 5,
        yearsExperience: 15,
        country: 'GB',
        timezone: 'Europe/London',
        languages: ['en'],
        skills: [],
        bio: '',
        offers: 'MENTORING',
        capacity: 1,
        coachingAreas: [],
        hidePastEmployers: false,
        hideFromSuggestions: false,
      },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: guest.id } })).kind).toBe('MEMBER');
    expect(await findPersonProfile({ actor: guest, userId: someoneElse.id })).not.toBeNull();
  });
});
