import { describe, expect, it } from 'vitest';
import { acceptRequest } from '../connections/accept';
import { blockPerson, dontSuggestAgain } from '../connections/privacy';
import { endRelationship } from '../connections/relationships';
import { sendRequest } from '../connections/requests';
import { sendMessage } from '../messages/send-message';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';
import { db } from '../db';
import { acceptOutsideInvitation } from '../outside/answer-invitation';
import { claimGuestAccount } from '../outside/guests';
import { sendOutsideInvitation } from '../outside/send-invitation';
import { ownData } from './own-data';

describe('a person’s own data', () => {
  it('holds what they wrote and did, and nothing private of anyone else', async () => {
    const person = await createProtege();
    const mentor = await createSupporter();
    const request = await sendRequest({
      actor: person.actor,
      input: { goalId: person.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
    });
    const { relationshipId } = await acceptRequest({
      actor: mentor,
      input: { requestId: request.id },
    });
    await sendMessage({
      actor: person.actor,
      input: { relationshipId: relationshipId!, text: 'Thank you for the time.' },
    });
    await endRelationship({
      actor: mentor,
      input: {
        relationshipId: relationshipId!,
        note: 'For the admin only.',
        dontSuggestAgain: true,
      },
    });
    const blocker = await createSupporter();
    await blockPerson({ actor: blocker, input: { personId: person.actor.id } });
    const other = await createSupporter();
    await dontSuggestAgain({ actor: person.actor, input: { personId: other.id } });

    const data = await ownData({ actor: person.actor });
    expect(data.account).toMatchObject({ email: person.actor.email });
    expect(data.account.goals.map((goal) => goal.statement)).toEqual([person.goal.statement]);
    expect(data.requests).toEqual([expect.objectContaining({ note: NOTE, status: 'ACCEPTED' })]);
    expect(data.relationships).toEqual([expect.objectContaining({ state: 'ENDED' })]);
    expect(data.relationships[0]?.messages).toEqual([
      expect.objectContaining({ authorId: person.actor.id, text: 'Thank you for the time.' }),
    ]);
    expect(data.privacy.notSuggested).toEqual([
      expect.objectContaining({ other: { name: other.name } }),
    ]);
    const text = JSON.stringify(data);
    // The mentor's end note and "don't suggest again", and the block, are theirs alone.
    expect(text).not.toContain('For the admin only.');
    expect(text).not.toContain(blocker.name);
    expect(text).not.toContain('passwordHash');
    expect(data.privacy.blocked).toEqual([]);
  });

  it('holds the invitations from outside they sent and those sent to them, without tokens', async () => {
    const person = await createProtege();
    const member = await createSupporter();
    const guestEmail = `outside-${person.actor.id}@elsewhere.example.test`;
    const toGuest = await sendOutsideInvitation({
      actor: person.actor,
      input: { goalId: person.goal.id, email: guestEmail, kind: 'MENTOR', note: NOTE },
    });
    await sendOutsideInvitation({
      actor: person.actor,
      input: { goalId: person.goal.id, email: member.email, kind: 'COACH', note: 'Coach me?' },
    });
    const guest = { ...(await claimGuestAccount(guestEmail))!, isPlatformAdmin: false };
    await acceptOutsideInvitation({
      actor: guest,
      input: { invitationId: toGuest.id, name: 'Olu Outside' },
    });

    const sent = (await ownData({ actor: person.actor })).outsideInvitations;
    expect(sent.received).toEqual([]);
    expect(sent.sent).toEqual([
      expect.objectContaining({ inviteeEmail: guestEmail, kind: 'MENTOR', note: NOTE }),
      expect.objectContaining({ inviteeEmail: member.email, kind: 'COACH', status: 'OPEN' }),
    ]);
    expect(sent.sent[0]).toMatchObject({ status: 'ACCEPTED', answeredAt: expect.any(Date) });
    const byGuest = (await ownData({ actor: guest })).outsideInvitations;
    expect(byGuest).toEqual({
      sent: [],
      received: [
        expect.objectContaining({
          invitedBy: { name: person.actor.name },
          goal: { statement: person.goal.statement },
          kind: 'MENTOR',
          note: NOTE,
          status: 'ACCEPTED',
          createdAt: expect.any(Date),
          expiresAt: expect.any(Date),
        }),
      ],
    });
    const byMember = (await ownData({ actor: member })).outsideInvitations;
    expect(byMember.received).toEqual([
      expect.objectContaining({ note: 'Coach me?', status: 'OPEN', answeredAt: null }),
    ]);

    // Neither the secret in the link nor its hash, in anyone's export.
    const rows = await db.outsideInvitation.findMany({ where: { protegeId: person.actor.id } });
    const mails = await db.emailMessage.findMany({
      where: { to: { in: [guestEmail, member.email] } },
    });
    const tokens = mails.map(
      (mail) => /invitations%2F([\w-]+)/.exec(JSON.stringify(mail))?.[1] ?? 'missing',
    );
    expect(tokens).toHaveLength(2);
    expect(tokens).not.toContain('missing');
    for (const actor of [person.actor, guest, member]) {
      const text = JSON.stringify(await ownData({ actor }));
      expect(text).not.toContain('tokenHash');
      for (const row of rows) expect(text).not.toContain(row.tokenHash);
      for (const token of tokens) expect(text).not.toContain(token);
    }
    // The invitee sees who asked by name only, never the protégé's address.
    expect(JSON.stringify(await ownData({ actor: member }))).not.toContain(person.actor.email);
  });
});
