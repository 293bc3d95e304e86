import { describe, expect, it } from 'vitest';
import { startLiveRelationship } from '@/test/db/live-relationship';
import { endRelationship } from '../connections/relationships';
import { db } from '../db';
import { markAllRead } from '../notifications/notifications';
import { reset } from '../rate-limit';
import { MESSAGES_PER_USER } from './limits';
import { listMessages } from './list-messages';
import { sendMessage } from './send-message';

describe('messages', () => {
  it('go between the two people, in order, and tell the other by notice and e-mail', async () => {
    const { protege, mentor, relationshipId } = await startLiveRelationship();
    await sendMessage({ actor: protege, input: { relationshipId, text: 'Hello! Tuesday?' } });
    await sendMessage({ actor: mentor, input: { relationshipId, text: 'Tuesday works.' } });
    const thread = await listMessages({ actor: mentor, relationshipId });
    expect(thread.map((m) => [m.authorId, m.text])).toEqual([
      [protege.id, 'Hello! Tuesday?'],
      [mentor.id, 'Tuesday works.'],
    ]);
    expect(await listMessages({ actor: protege, relationshipId })).toEqual(thread);
    const told = await db.notification.findMany({
      where: { userId: mentor.id, kind: 'message-received' },
    });
    expect(told).toEqual([
      expect.objectContaining({ text: `${protege.name} sent you a message.` }),
    ]);
    const mail = await db.emailMessage.findMany({
      where: { to: mentor.email, subject: 'A new message' },
    });
    expect(mail).toHaveLength(1);
    // The e-mail says there is a message, never what it says.
    expect(mail[0]?.text).not.toContain('Hello!');
  });

  it('are neither read nor written by anyone else', async () => {
    const { protege, stranger, relationshipId } = await startLiveRelationship();
    await sendMessage({ actor: protege, input: { relationshipId, text: 'Only for you two.' } });
    expect(await listMessages({ actor: stranger, relationshipId })).toEqual([]);
    await expect(
      sendMessage({ actor: stranger, input: { relationshipId, text: 'Let me in.' } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.message.count({ where: { relationshipId } })).toBe(1);
  });

  it('stop once the relationship has ended, and its thread stays readable', async () => {
    const { protege, mentor, relationshipId } = await startLiveRelationship();
    await sendMessage({ actor: protege, input: { relationshipId, text: 'Thank you!' } });
    await endRelationship({ actor: mentor, input: { relationshipId, dontSuggestAgain: false } });
    await expect(
      sendMessage({ actor: protege, input: { relationshipId, text: 'One more thing.' } }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await listMessages({ actor: mentor, relationshipId })).toHaveLength(1);
  });

  it('tell the reader once per burst: a new notice once the last is read, or old', async () => {
    const { protege, mentor, relationshipId } = await startLiveRelationship();
    for (const text of ['One.', 'Two.', 'Three.'])
      await sendMessage({ actor: protege, input: { relationshipId, text } });
    const count = () =>
      db.notification.count({ where: { userId: mentor.id, kind: 'message-received' } });
    expect(await count()).toBe(1);
    await markAllRead({ actor: mentor });
    await sendMessage({ actor: protege, input: { relationshipId, text: 'Four.' } });
    expect(await count()).toBe(2);
    // Unread, but from yesterday: the thread may have been read on its page since.
    await db.notification.updateMany({
      where: { userId: mentor.id, readAt: null },
      data: { createdAt: new Date(Date.now() - 86_400_000) },
    });
    await sendMessage({ actor: protege, input: { relationshipId, text: 'Five.' } });
    expect(await count()).toBe(3);
  });

  it('are limited per sender, and a refused one is not stored', async () => {
    const { protege, relationshipId } = await startLiveRelationship();
    await reset(MESSAGES_PER_USER, protege.id);
    for (let sent = 0; sent < MESSAGES_PER_USER.points; sent++)
      await sendMessage({ actor: protege, input: { relationshipId, text: `Line ${sent}` } });
    await expect(
      sendMessage({ actor: protege, input: { relationshipId, text: 'One too many.' } }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(await db.message.count({ where: { relationshipId } })).toBe(MESSAGES_PER_USER.points);
  });
});
