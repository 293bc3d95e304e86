import { describe, expect, it } from 'vitest';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';
import { db } from '../db';
import { blockPerson, dontSuggestAgain } from './privacy';
import { listOwnPrivacyChoices, suggestAgain, unblockPerson } from './privacy-choices';
import { declineRequest, findOwnRequest, sendRequest, withdrawRequest } from './requests';

const ask = (protege: Awaited<ReturnType<typeof createProtege>>, personId: string) =>
  sendRequest({
    actor: protege.actor,
    input: { goalId: protege.goal.id, personId, kind: 'MENTOR', note: NOTE },
  });

/** What a person was last told: the notification and the e-mail, without ids or dates. */
async function lastTold(userId: string, email: string) {
  const note = await db.notification.findFirstOrThrow({
    where: { userId },
    orderBy: { createdAt: 'desc' },
  });
  const mail = await db.emailMessage.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: 'desc' },
  });
  return { kind: note.kind, text: note.text, subject: mail.subject };
}

describe('a block', () => {
  it('reads to someone with a pending request exactly like an ordinary decline', async () => {
    const mentor = await createSupporter(3, 'MENTORING');
    const [declined, blocked] = await Promise.all([createProtege(), createProtege()]);
    const ordinary = await ask(declined, mentor.id);
    const pending = await ask(blocked, mentor.id);
    await declineRequest({ actor: mentor, input: { requestId: ordinary.id } });
    await blockPerson({ actor: mentor, input: { personId: blocked.actor.id } });

    const told = await lastTold(blocked.actor.id, blocked.actor.email);
    expect(told).toEqual(await lastTold(declined.actor.id, declined.actor.email));
    expect(told.text).not.toMatch(/no longer available|block/i);
    const seen = await findOwnRequest({ actor: blocked.actor, requestId: pending.id });
    expect(seen?.status).toBe('DECLINED');
  });

  it('reads like a withdrawal when the one who blocks had sent the request', async () => {
    const mentor = await createSupporter(3, 'MENTORING');
    const [withdrawing, blocking] = await Promise.all([createProtege(), createProtege()]);
    const ordinary = await ask(withdrawing, mentor.id);
    await withdrawRequest({ actor: withdrawing.actor, input: { requestId: ordinary.id } });
    const ordinaryWords = await lastTold(mentor.id, mentor.email);
    const pending = await ask(blocking, mentor.id);
    await blockPerson({ actor: blocking.actor, input: { personId: mentor.id } });
    const told = await lastTold(mentor.id, mentor.email);
    expect(told).toEqual({
      ...ordinaryWords,
      text: ordinaryWords.text.replace(withdrawing.actor.name, blocking.actor.name),
    });
    expect((await findOwnRequest({ actor: mentor, requestId: pending.id }))?.status).toBe(
      'WITHDRAWN',
    );
  });
});

describe('your blocks and hidden people', () => {
  it('lists only your own choices, and undoes them', async () => {
    const me = await createProtege();
    const [blockedByMe, hiddenByMe, blocksMe] = await Promise.all([
      createSupporter(),
      createSupporter(),
      createSupporter(),
    ]);
    await blockPerson({ actor: me.actor, input: { personId: blockedByMe.id } });
    await dontSuggestAgain({ actor: me.actor, input: { personId: hiddenByMe.id } });
    await blockPerson({ actor: blocksMe, input: { personId: me.actor.id } });

    const choices = await listOwnPrivacyChoices({ actor: me.actor });
    expect(choices.blocked.map((p) => p.id)).toEqual([blockedByMe.id]);
    expect(choices.hidden.map((p) => p.id)).toEqual([hiddenByMe.id]);
    // Someone else's block of you is theirs: not listed, and not yours to undo.
    await expect(
      unblockPerson({ actor: me.actor, input: { personId: blocksMe.id } }),
    ).rejects.toThrow('not found');
    expect(await db.block.count({ where: { blockerId: blocksMe.id } })).toBe(1);

    await unblockPerson({ actor: me.actor, input: { personId: blockedByMe.id } });
    await suggestAgain({ actor: me.actor, input: { personId: hiddenByMe.id } });
    expect(await listOwnPrivacyChoices({ actor: me.actor })).toEqual({ blocked: [], hidden: [] });
    await expect(
      suggestAgain({ actor: me.actor, input: { personId: hiddenByMe.id } }),
    ).rejects.toThrow('not found');
    // Unblocked, they can be asked again.
    await expect(ask(me, blockedByMe.id)).resolves.toHaveProperty('id');
  });
});
