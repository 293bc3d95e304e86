/**
 * Sign-in links and the answers that must not tell anyone whether an address has an account.
 * Sign-up runs as it does with a mail server (confirming by e-mail); nothing is delivered
 * here: the messages are read from the outbox.
 */
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { createActor } from '@/scripts/support/actors';
import { programWithAdmin } from '@/scripts/support/cohort';
import { sampleCohort } from '@/test/programs/sample-cohort';
import { deleteAccount } from '../accounts/delete-account';
import { hasPassword, setPassword } from '../accounts/set-password';
import { signUp } from '../accounts/sign-up';
import { applyImport } from '../programs/import/apply';
import { resendInvitation } from '../programs/invitations';
import { pathfinderAdapter } from './adapter';
import { authenticate } from './authenticate';
import { requestSignInLink } from './request-link';
import { hashToken } from './sign-in-links';

const address = () => `203.0.113.${Math.floor(Math.random() * 250)}`;
const fresh = (what: string) => `${what}-${Math.random().toString(36).slice(2)}@example.test`;

async function lastMailTo(email: string) {
  const mail = await db.emailMessage.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: 'desc' },
  });
  const link = /Open it: (\S+)/.exec(mail.text)?.[1];
  if (!link) throw new Error(`no link in "${mail.subject}"`);
  return { subject: mail.subject, text: mail.text, link: new URL(link) };
}

/** What Auth.js does with a followed link: take its token, once. */
function follow(link: URL) {
  const email = link.searchParams.get('email') ?? '';
  const token = link.searchParams.get('token') ?? '';
  return pathfinderAdapter().useVerificationToken!({ identifier: email, token: hashToken(token) });
}

describe('"E-mail me a sign-in link"', () => {
  it('answers the same for any address; only the e-mail says whether there is an account', async () => {
    const owner = await createActor();
    const stranger = fresh('nobody');
    const answers = await Promise.all([
      requestSignInLink({ email: owner.email, next: '/requests/r1', address: address() }),
      requestSignInLink({ email: stranger, next: '/requests/r1', address: address() }),
    ]);
    expect(answers).toEqual([undefined, undefined]);

    const toOwner = await lastMailTo(owner.email);
    expect(toOwner.subject).toBe('Your sign-in link');
    expect(toOwner.link.pathname).toBe('/api/auth/callback/email');
    expect(new URL(toOwner.link.searchParams.get('callbackUrl')!).pathname).toBe('/requests/r1');
    const toStranger = await lastMailTo(stranger);
    expect(toStranger.subject).toBe('No Pathfinder account uses this address');
    expect(toStranger.link.pathname).toBe('/sign-up');
    expect(await db.user.count({ where: { email: stranger } })).toBe(0);
  });

  it('makes links that work once, and keeps only a hash of them', async () => {
    const owner = await createActor();
    await requestSignInLink({ email: owner.email, next: null, address: address() });
    const { link } = await lastMailTo(owner.email);
    const token = link.searchParams.get('token')!;
    expect(await db.verificationToken.count({ where: { token } })).toBe(0);
    expect(await follow(link)).toMatchObject({ identifier: owner.email });
    expect(await follow(link)).toBeNull();
  });

  it('works for the owner however many wrong passwords others have tried', async () => {
    const owner = await createActor();
    for (let i = 0; i < 6; i++)
      await authenticate({ email: owner.email, password: `guess ${i}`, address: address() }).catch(
        () => null, // a slowed or refused guess is what the guesser gets; the owner is not them
      );
    await requestSignInLink({ email: owner.email, next: null, address: address() });
    const { link } = await lastMailTo(owner.email);
    expect(await follow(link)).toMatchObject({ identifier: owner.email });
  });

  it('keeps only a local return path', async () => {
    const owner = await createActor();
    await requestSignInLink({
      email: owner.email,
      next: 'https://evil.example/login',
      address: address(),
    });
    const { link } = await lastMailTo(owner.email);
    expect(new URL(link.searchParams.get('callbackUrl')!).pathname).toBe('/');
  });

  it('is limited per address asked for, with the same words whoever owns it', async () => {
    const owner = await createActor();
    for (let i = 0; i < 5; i++)
      await requestSignInLink({ email: owner.email, next: null, address: address() });
    await expect(
      requestSignInLink({ email: owner.email, next: null, address: address() }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});

describe('signing up with a mail server', () => {
  const BY_EMAIL = { confirmByEmail: true };
  const input = (email: string) => ({
    name: 'New Person',
    email,
    password: 'a long enough password',
    address: address(),
  });

  it('answers "check your e-mail" whether or not the address has an account', async () => {
    const owner = await createActor();
    const newcomer = fresh('newcomer');
    expect(await signUp(input(owner.email), BY_EMAIL)).toEqual({ kind: 'check-email' });
    expect(await signUp(input(newcomer), BY_EMAIL)).toEqual({ kind: 'check-email' });

    expect((await lastMailTo(owner.email)).subject).toBe('You already have a Pathfinder account');
    expect((await lastMailTo(newcomer)).subject).toBe('Confirm your e-mail to finish signing up');
    // The owner's account is untouched: a typed password never reaches an existing account.
    const kept = await db.user.findUniqueOrThrow({
      where: { email: owner.email },
      select: { name: true },
    });
    expect(kept.name).toBe(owner.name);
  });

  it('makes the account only when the link is followed', async () => {
    const newcomer = fresh('confirming');
    await signUp(input(newcomer), BY_EMAIL);
    expect(await db.user.count({ where: { email: newcomer } })).toBe(0);

    const { link } = await lastMailTo(newcomer);
    expect(await follow(link)).toMatchObject({ identifier: newcomer });
    const created = await pathfinderAdapter().createUser!({
      id: 'ignored',
      email: newcomer,
      emailVerified: new Date(),
    });
    expect(created).toMatchObject({ email: newcomer, name: 'New Person' });
    const stored = await db.user.findUniqueOrThrow({
      where: { email: newcomer },
      omit: { passwordHash: false },
    });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db.pendingSignUp.count({ where: { email: newcomer } })).toBe(0);
  });

  it('never makes an account for an address no one confirmed', async () => {
    await expect(
      pathfinderAdapter().createUser!({ id: 'x', email: fresh('typed'), emailVerified: null }),
    ).rejects.toThrow('No confirmed sign-up');
  });
});

describe('program invitations', () => {
  it('e-mail everyone an import makes a link to the program, and can be sent again', async () => {
    const { admin, programId } = await programWithAdmin();
    const file = sampleCohort();
    const result = await applyImport({
      actor: admin,
      programId,
      text: JSON.stringify(file),
      format: 'json',
    });
    expect(result.ok).toBe(true);
    for (const person of file.people) {
      const mail = await lastMailTo(person.email);
      expect(mail.subject).toMatch(/has invited you to Pathfinder$/);
      expect(new URL(mail.link.searchParams.get('callbackUrl')!).pathname).toBe(
        `/welcome/${programId}`,
      );
    }

    const first = file.people[0]!;
    const user = await db.user.findUniqueOrThrow({ where: { email: first.email } });
    const before = await lastMailTo(first.email);
    await resendInvitation({ actor: admin, programId, userId: user.id });
    const again = await lastMailTo(first.email);
    expect(again.link.searchParams.get('token')).not.toBe(before.link.searchParams.get('token'));
    expect(await follow(before.link)).not.toBeNull();

    // Once they have signed in, there is nothing to send again.
    await db.user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });
    await expect(
      resendInvitation({ actor: admin, programId, userId: user.id }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('cannot be sent by someone who does not run the program', async () => {
    const { programId } = await programWithAdmin();
    const outsider = await createActor();
    const member = await db.user.create({ data: { name: 'M', email: fresh('member') } });
    await db.programMember.create({ data: { programId, userId: member.id } });
    await expect(
      resendInvitation({ actor: outsider, programId, userId: member.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('an account without a password', () => {
  it('can choose one once, and is deleted without one', async () => {
    const invited = await db.user.create({
      data: { name: 'Linked In', email: fresh('linked'), emailVerified: new Date() },
    });
    const actor = { ...invited, isPlatformAdmin: false };
    const input = {
      newPassword: 'a long enough password',
      confirmPassword: 'a long enough password',
    };
    await setPassword({ actor, input });
    expect(await hasPassword(invited.id)).toBe(true);
    await expect(setPassword({ actor, input })).rejects.toMatchObject({ code: 'CONFLICT' });

    const other = await db.user.create({ data: { name: 'Only Links', email: fresh('only') } });
    await deleteAccount({ actor: { ...other, isPlatformAdmin: false }, input: { confirm: 'on' } });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).name).toBe(
      'A former member',
    );
  });
});
