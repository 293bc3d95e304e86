import { describe, expect, it } from 'vitest';
import { authenticate } from '../auth/authenticate';
import { verifyPassword } from '@/lib/node/password';
import { db } from '../db';
import { createActor } from '@/scripts/support/actors';
import { createTestGoal, createTestProfile } from '@/scripts/support/people';
import { acceptRequest } from '../connections/accept';
import { addCheckIn } from '../connections/relationships';
import { sendRequest } from '../connections/requests';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';
import { changePassword } from './change-password';
import { deleteAccount } from './delete-account';
import { signUp } from './sign-up';

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}`;

/** Without a mail server (as in these tests) sign-up makes the account at once. */
async function signedUp(input: Parameters<typeof signUp>[0]): Promise<{ id: string }> {
  const outcome = await signUp(input);
  if (outcome.kind !== 'created') throw new Error(`expected an account, got ${outcome.kind}`);
  return { id: outcome.userId };
}

describe('accounts', () => {
  it('sign up once per e-mail, ignoring case, with the password hashed', async () => {
    const email = `unique-${Date.now()}@example.test`;
    const { id } = await signedUp({
      name: 'Ada',
      email,
      password: 'long enough password',
      address: address(),
    });
    const stored = await db.user.findUniqueOrThrow({
      where: { id },
      select: { passwordHash: true, isPlatformAdmin: true },
    });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash!, 'long enough password')).toBe(true);
    expect(stored.isPlatformAdmin).toBe(false);

    // The schema lower-cases e-mails before they get here; the unique index does the rest.
    await expect(
      signUp({ name: 'Ada again', email, password: 'another long one', address: address() }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      field: 'email',
      message: 'An account with this e-mail already exists. Sign in instead.',
    });
  });

  it('refuse a guessable password at sign-up and on change, saying why, and keep the old one', async () => {
    const email = `weak-${Date.now()}@example.test`;
    for (const password of ['aaaaaaaaaa', '1234567890', 'password12']) {
      await expect(
        signUp({ name: 'Weak', email, password, address: address() }),
      ).rejects.toMatchObject({
        code: 'INVALID',
        field: 'password',
        message: expect.stringMatching(/^This password is too easy to guess\. \S+/),
      });
    }
    expect(await db.user.findUnique({ where: { email } })).toBeNull();

    const actor = await createActor();
    const weak = {
      currentPassword: actor.password,
      newPassword: 'password12',
      confirmPassword: 'password12',
    };
    await expect(changePassword({ actor, input: weak })).rejects.toMatchObject({
      code: 'INVALID',
      field: 'newPassword',
      message: expect.stringContaining('too easy to guess'),
    });
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { passwordHash: true },
    });
    expect(await verifyPassword(passwordHash!, actor.password)).toBe(true);
  });

  it('make the configured admin e-mail a platform admin, and no one else', async () => {
    const { id } = await signedUp({
      name: 'Ops',
      email: 'first-admin@example.test',
      password: 'long enough password',
      address: address(),
    });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).isPlatformAdmin).toBe(true);

    // An account that existed before the variable was set is promoted at its next sign-in.
    await db.user.update({ where: { id }, data: { isPlatformAdmin: false } });
    await authenticate({
      email: 'first-admin@example.test',
      password: 'long enough password',
      address: address(),
    });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).isPlatformAdmin).toBe(true);
  });

  it('change a password only with the current one', async () => {
    const actor = await createActor();
    const input = {
      currentPassword: 'wrong',
      newPassword: 'a brand new password',
      confirmPassword: 'a brand new password',
    };
    await expect(changePassword({ actor, input })).rejects.toMatchObject({
      field: 'currentPassword',
    });
    await changePassword({ actor, input: { ...input, currentPassword: actor.password } });
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { passwordHash: true },
    });
    expect(await verifyPassword(passwordHash!, 'a brand new password')).toBe(true);
  });

  it('delete everything a person owns, and leave their reports without a manager', async () => {
    const leaving = await createActor();
    const report = await createActor();
    await createTestProfile(db, leaving.id);
    await createTestProfile(db, report.id, { managerId: leaving.id });
    await createTestGoal(db, leaving.id);
    await db.experience.create({
      data: {
        userId: leaving.id,
        title: 'Founder',
        level: 6,
        organisation: 'Own startup',
        country: 'US',
        kind: 'FOUNDED_COMPANY',
        startYear: 2015,
      },
    });

    await expect(
      deleteAccount({ actor: leaving, input: { password: 'wrong', confirm: 'on' } }),
    ).rejects.toMatchObject({ field: 'password' });
    await deleteAccount({ actor: leaving, input: { password: leaving.password, confirm: 'on' } });

    // Only an anonymous row stays, for program figures; nobody can sign in as it.
    expect(
      await db.user.findUnique({ where: { id: leaving.id }, omit: { passwordHash: false } }),
    ).toMatchObject({
      name: 'A former member',
      email: `deleted-${leaving.id}@deleted.invalid`,
      passwordHash: null,
    });
    expect(await db.profile.count({ where: { userId: leaving.id } })).toBe(0);
    expect(await db.goal.count({ where: { userId: leaving.id } })).toBe(0);
    expect(await db.experience.count({ where: { userId: leaving.id } })).toBe(0);
    expect(
      (await db.profile.findUniqueOrThrow({ where: { userId: report.id } })).managerId,
    ).toBeNull();
  });

  it('end what was under way with notice to the other side, and keep figures anonymous', async () => {
    const leaving = await createProtege();
    const [mentor, coach] = [await createSupporter(), await createSupporter()];
    const started = await sendRequest({
      actor: leaving.actor,
      input: { goalId: leaving.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
    });
    const { relationshipId } = await acceptRequest({
      actor: mentor,
      input: { requestId: started.id },
    });
    await addCheckIn({
      actor: leaving.actor,
      input: { relationshipId: relationshipId!, note: 'My private worries.', rating: 2 },
    });
    const open = await sendRequest({
      actor: leaving.actor,
      input: { goalId: leaving.goal.id, personId: coach.id, kind: 'COACH', note: NOTE },
    });

    await deleteAccount({
      actor: leaving.actor,
      input: { password: leaving.actor.password, confirm: 'on' },
    });

    expect(await db.connectionRequest.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({
      status: 'WITHDRAWN',
      note: '',
    });
    const relationship = await db.relationship.findUniqueOrThrow({
      where: { id: relationshipId! },
      include: { checkIns: true, goal: true },
    });
    expect(relationship).toMatchObject({ state: 'ENDED', endedById: leaving.actor.id });
    // The rating counts in the program's figures; the words are gone.
    expect(relationship.checkIns.map(({ rating, note }) => ({ rating, note }))).toEqual([
      { rating: 2, note: '' },
    ]);
    expect(relationship.goal.statement).toBe('');
    for (const other of [mentor, coach])
      expect(
        await db.notification.findFirst({
          where: { userId: other.id, kind: 'relationship-ended' },
        }),
      ).toMatchObject({ text: expect.stringContaining('has left Pathfinder') });
    expect(await db.profile.count({ where: { userId: leaving.actor.id } })).toBe(0);
  });
});
