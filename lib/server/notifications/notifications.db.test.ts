import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { createActor } from '@/scripts/support/actors';
import { countUnread, markReadFor, openNotification } from './notifications';

const notify = (userId: string, href: string) =>
  db.notification.create({ data: { userId, kind: 'request-received', text: 'Hello', href } });

describe('notifications', () => {
  it('are read once opened, and lead where they point', async () => {
    const reader = await createActor();
    const note = await notify(reader.id, '/requests/abc');
    expect(await countUnread({ actor: reader })).toBe(1);
    expect(await openNotification({ actor: reader, id: note.id })).toBe('/requests/abc');
    expect(await countUnread({ actor: reader })).toBe(0);
  });

  it('are read once their page is visited, and only those about that page', async () => {
    const reader = await createActor();
    await notify(reader.id, '/requests/abc');
    await notify(reader.id, '/requests/abc');
    const other = await notify(reader.id, '/relationships/xyz');
    await markReadFor({ actor: reader, href: '/requests/abc' });
    expect(await countUnread({ actor: reader })).toBe(1);
    expect((await db.notification.findUniqueOrThrow({ where: { id: other.id } })).readAt).toBe(
      null,
    );
  });

  it('cannot be opened or marked read by anyone else', async () => {
    const [reader, stranger] = [await createActor(), await createActor()];
    const note = await notify(reader.id, '/requests/abc');
    expect(await openNotification({ actor: stranger, id: note.id })).toBeNull();
    await markReadFor({ actor: stranger, href: '/requests/abc' });
    expect(await countUnread({ actor: reader })).toBe(1);
  });
});
