/**
 * The session record: the one check that decides whether a JWT still signs someone in, and
 * how sessions start and end. A copied cookie carries the same token as the original, so
 * whatever refuses the token here refuses every copy of it.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { createActor } from '@/scripts/support/actors';
import {
  endSession,
  endSessions,
  findSessionUser,
  mayStartSession,
  sessionToMoveTo,
  startSession,
} from './session-record';

describe('the session record', () => {
  it('signs in whoever holds a live session of their own, with the fields an actor has', async () => {
    const person = await createActor();
    const sessionToken = await startSession(person.id);
    expect(sessionToken).toMatch(/^[\w-]{43}$/);
    expect(await findSessionUser({ userId: person.id, sessionToken: sessionToken! })).toEqual({
      id: person.id,
      name: person.name,
      email: person.email,
      isPlatformAdmin: false,
      kind: 'MEMBER',
    });
  });

  it('reads nobody for a token it never made, or one of someone else', async () => {
    const person = await createActor();
    const other = await createActor();
    expect(await findSessionUser({ userId: person.id, sessionToken: randomUUID() })).toBeNull();
    // Another person's live session does not vouch for this person's id.
    expect(
      await findSessionUser({ userId: person.id, sessionToken: other.sessionToken }),
    ).toBeNull();
  });

  it('reads nobody once the session has expired', async () => {
    const person = await createActor();
    const now = new Date();
    await db.session.update({
      where: { sessionToken: person.sessionToken },
      data: { expires: new Date(now.getTime() - 1000) },
    });
    expect(
      await findSessionUser({ userId: person.id, sessionToken: person.sessionToken }, now),
    ).toBeNull();
  });

  it('reads nobody for a disabled account, even with its session row still there', async () => {
    const person = await createActor();
    await db.user.update({ where: { id: person.id }, data: { disabledAt: new Date() } });
    expect(await db.session.count({ where: { userId: person.id } })).toBe(1);
    expect(
      await findSessionUser({ userId: person.id, sessionToken: person.sessionToken }),
    ).toBeNull();
  });

  it('reads nobody once the session is ended by signing out, and leaves the others', async () => {
    const person = await createActor();
    const second = (await startSession(person.id))!;
    await endSession(person.sessionToken);
    expect(
      await findSessionUser({ userId: person.id, sessionToken: person.sessionToken }),
    ).toBeNull();
    expect(await findSessionUser({ userId: person.id, sessionToken: second })).toMatchObject({
      id: person.id,
    });
  });

  it('ends every session of a person, and no one else’s', async () => {
    const person = await createActor();
    const other = await createActor();
    const second = (await startSession(person.id))!;
    expect(await endSessions(db, person.id)).toBe(2);
    expect(await findSessionUser({ userId: person.id, sessionToken: second })).toBeNull();
    expect(await db.session.count({ where: { userId: other.id } })).toBe(1);
  });

  it('moves a browser only to a live session of the same person', async () => {
    const person = await createActor();
    const other = await createActor();
    const fresh = (await startSession(person.id))!;
    expect(await sessionToMoveTo(person.id, { sessionToken: fresh })).toBe(fresh);
    // What a browser might send instead: someone else's session, an ended one, or junk.
    expect(await sessionToMoveTo(person.id, { sessionToken: other.sessionToken })).toBeNull();
    await endSession(fresh);
    expect(await sessionToMoveTo(person.id, { sessionToken: fresh })).toBeNull();
    expect(await sessionToMoveTo(person.id, { user: { name: 'x' } })).toBeNull();
    expect(await sessionToMoveTo(person.id, undefined)).toBeNull();
  });

  it('starts no session for a disabled or missing account, and tidies expired ones', async () => {
    const person = await createActor();
    const now = new Date();
    await db.session.update({
      where: { sessionToken: person.sessionToken },
      data: { expires: new Date(now.getTime() - 1000) },
    });
    const fresh = await startSession(person.id, now);
    expect(await db.session.findMany({ where: { userId: person.id } })).toEqual([
      expect.objectContaining({ sessionToken: fresh }),
    ]);
    const row = await db.session.findUniqueOrThrow({ where: { sessionToken: fresh! } });
    expect(row.expires.getTime() - now.getTime()).toBe(30 * 24 * 60 * 60 * 1000);

    await db.user.update({ where: { id: person.id }, data: { disabledAt: new Date() } });
    expect(await startSession(person.id)).toBeNull();
    expect(await startSession(`missing-${randomUUID()}`)).toBeNull();
    expect(await db.session.count({ where: { userId: person.id } })).toBe(1);
  });

  it('lets every sign-in method ask whether a person may start a session', async () => {
    const person = await createActor();
    expect(await mayStartSession({ id: person.id, email: person.email })).toBe(true);
    // Someone a provider names for the first time has no account to be disabled.
    expect(await mayStartSession({ id: randomUUID(), email: 'new@example.test' })).toBe(true);
    await db.user.update({ where: { id: person.id }, data: { disabledAt: new Date() } });
    expect(await mayStartSession({ id: person.id })).toBe(false);
    // A provider with its own id for the person is refused by the e-mail, whatever its case.
    expect(await mayStartSession({ id: randomUUID(), email: person.email.toUpperCase() })).toBe(
      false,
    );
  });
});
