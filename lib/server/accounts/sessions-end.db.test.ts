/**
 * Each way a person's sessions end: a password change (all but the current one), "sign out
 * everywhere", deleting the account, and a platform admin disabling it. After each, the
 * sessions that ended sign nobody in, which is what a copied cookie would present.
 */
import { describe, expect, it } from 'vitest';
import { authenticate } from '../auth/authenticate';
import { findSessionUser, startSession } from '../auth/session-record';
import { db } from '../db';
import { createActor } from '@/scripts/support/actors';
import { createPlatformAdmin } from '@/test/programs/runs';
import { changePassword } from './change-password';
import { deleteAccount } from './delete-account';
import { disableAccount, enableAccount } from './disable-account';
import { findAccounts } from './find-accounts';
import { signOutEverywhere } from './sign-out-everywhere';

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}`;

/** A person signed in twice: here (the actor's own session) and on another browser. */
async function signedInTwice() {
  const person = await createActor();
  const elsewhere = (await startSession(person.id))!;
  const live = (sessionToken: string) => findSessionUser({ userId: person.id, sessionToken });
  return { person, elsewhere, live };
}

describe('sessions that end', () => {
  it('a password change ends every session and gives this browser a fresh one', async () => {
    const { person, elsewhere, live } = await signedInTwice();
    const { sessionToken } = await changePassword({
      actor: person,
      input: {
        currentPassword: person.password,
        newPassword: 'a fresh long password',
        confirmPassword: 'a fresh long password',
      },
    });
    expect(await live(elsewhere)).toBeNull();
    // This browser's old token too: a copy of its cookie is as good as the original.
    expect(await live(person.sessionToken)).toBeNull();
    expect(await live(sessionToken!)).toMatchObject({ id: person.id });
    expect(await db.session.count({ where: { userId: person.id } })).toBe(1);
  });

  it('a refused password change ends nothing', async () => {
    const { person, elsewhere, live } = await signedInTwice();
    await expect(
      changePassword({
        actor: person,
        input: {
          currentPassword: 'not my password',
          newPassword: 'a fresh long password',
          confirmPassword: 'a fresh long password',
        },
      }),
    ).rejects.toMatchObject({ code: 'INVALID' });
    expect(await live(elsewhere)).toMatchObject({ id: person.id });
  });

  it('"sign out everywhere" ends every session, this one included', async () => {
    const { person, elsewhere, live } = await signedInTwice();
    const other = await createActor();
    expect(await signOutEverywhere({ actor: person })).toEqual({ ended: 2 });
    expect(await live(elsewhere)).toBeNull();
    expect(await live(person.sessionToken)).toBeNull();
    expect(
      await findSessionUser({ userId: other.id, sessionToken: other.sessionToken }),
    ).toMatchObject({ id: other.id });
  });

  it('deleting the account ends every session, so no cookie acts as the former member', async () => {
    const { person, elsewhere, live } = await signedInTwice();
    await deleteAccount({ actor: person, input: { password: person.password, confirm: 'on' } });
    expect(await db.session.count({ where: { userId: person.id } })).toBe(0);
    expect(await live(elsewhere)).toBeNull();
    expect(await live(person.sessionToken)).toBeNull();
  });

  it('a platform admin disables an account: its sessions end and its password stops working', async () => {
    const admin = await createPlatformAdmin();
    const { person, elsewhere, live } = await signedInTwice();
    const disabled = await disableAccount({
      actor: admin,
      input: { userId: person.id, query: '' },
    });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(await live(elsewhere)).toBeNull();
    expect(await live(person.sessionToken)).toBeNull();
    // The same answer as a wrong password, so the refusal does not tell the account is disabled.
    expect(
      await authenticate({ email: person.email, password: person.password, address: address() }),
    ).toBeNull();
    expect(await startSession(person.id)).toBeNull();

    const audit = await db.auditEntry.findFirstOrThrow({
      where: { actorId: admin.id, action: 'account-disabled' },
    });
    expect(audit).toMatchObject({
      programId: null,
      before: { id: person.id, disabledAt: null },
      after: { id: person.id, email: person.email, sessionsEnded: 2 },
    });

    // Enabled again: the password works, but no ended session comes back.
    await enableAccount({ actor: admin, input: { userId: person.id, query: '' } });
    expect(
      await authenticate({ email: person.email, password: person.password, address: address() }),
    ).toMatchObject({ id: person.id });
    expect(await live(elsewhere)).toBeNull();
    expect(
      await db.auditEntry.count({ where: { actorId: admin.id, action: 'account-enabled' } }),
    ).toBe(1);
  });

  it('only platform admins disable accounts, and never their own', async () => {
    const admin = await createPlatformAdmin();
    const person = await createActor();
    const target = await createActor();
    await expect(
      disableAccount({ actor: person, input: { userId: target.id, query: '' } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      disableAccount({ actor: admin, input: { userId: admin.id, query: '' } }),
    ).rejects.toMatchObject({ code: 'INVALID', message: 'You cannot disable your own account.' });
    await expect(
      disableAccount({ actor: admin, input: { userId: 'no-such-account', query: '' } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      disabledAt: null,
    });
    expect(await db.session.count({ where: { userId: target.id } })).toBe(1);
  });

  it('platform admins find accounts by part of a name or e-mail; deleted ones are left out', async () => {
    const admin = await createPlatformAdmin();
    const person = await createActor();
    const gone = await createActor();
    const tag = person.email.split('@')[0]!;
    expect(await findAccounts({ actor: person, input: { query: '' } })).toBeNull();
    expect(await findAccounts({ actor: admin, input: { query: tag.toUpperCase() } })).toEqual([
      expect.objectContaining({ id: person.id, disabledAt: null }),
    ]);
    const byName = person.name.split(' ').at(-1)!;
    expect(await findAccounts({ actor: admin, input: { query: byName } })).toEqual([
      expect.objectContaining({ id: person.id }),
    ]);
    await deleteAccount({ actor: gone, input: { password: gone.password, confirm: 'on' } });
    const everyone = await findAccounts({ actor: admin, input: { query: '' } });
    expect(everyone!.map((account) => account.id)).not.toContain(gone.id);
    expect(await findAccounts({ actor: admin, input: { query: 'nobody-by-this-name' } })).toEqual(
      [],
    );
  });
});
