import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { createActor } from '@/scripts/support/actors';
import { authenticate } from './authenticate';

const run = promisify(execFile);

/** The delays are timed by the database's clock: moving the last failure back is time passing. */
async function letTimePass(email: string, seconds: number) {
  await db.$executeRaw`
    UPDATE "SignInFailure" SET "lastFailedAt" = "lastFailedAt" - make_interval(secs => ${seconds})
    WHERE "email" = ${email}`;
}

const wrong = (email: string) =>
  authenticate({ email, password: 'wrong guess', address: randomUUID() });

describe('authenticate', () => {
  it('signs in with the right password only, whatever the case of the e-mail', async () => {
    const person = await createActor();
    const address = randomUUID();
    expect(
      await authenticate({ email: person.email.toUpperCase(), password: person.password, address }),
    ).toMatchObject({ id: person.id });
    expect(
      await authenticate({ email: person.email, password: 'not it at all', address }),
    ).toBeNull();
    expect(
      await authenticate({
        email: `nobody-${randomUUID()}@example.test`,
        password: 'whatever',
        address,
      }),
    ).toBeNull();
  });

  it('lets 50 people behind one address all sign in within a minute, typos and all', async () => {
    const address = `office-nat-${randomUUID()}`;
    const people = await Promise.all(Array.from({ length: 50 }, () => createActor()));
    const started = Date.now();
    const signedIn: string[] = [];
    // Ten at a time, as people arrive at a kick-off; every fifth mistypes once first.
    for (let at = 0; at < people.length; at += 10) {
      const batch = people.slice(at, at + 10);
      const results = await Promise.all(
        batch.map(async (person, index) => {
          if (index % 5 === 0)
            expect(
              await authenticate({ email: person.email, password: 'typo typo', address }),
            ).toBeNull();
          return authenticate({ email: person.email, password: person.password, address });
        }),
      );
      signedIn.push(...results.map((user) => user!.id));
    }
    expect(signedIn.toSorted()).toEqual(people.map((person) => person.id).toSorted());
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it('slows wrong passwords on one account from rotating addresses, but lets its owner in after a bounded wait', async () => {
    const person = await createActor();
    // Four wrong passwords cost nothing (three free, and the fourth is still on time).
    for (let attempt = 0; attempt < 4; attempt++) expect(await wrong(person.email)).toBeNull();
    // Then each wrong one makes the next wait twice as long, whichever address it comes from.
    await expect(wrong(person.email)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Too many wrong passwords for this account. Try again in 5 seconds.',
    });
    await letTimePass(person.email, 5);
    expect(await wrong(person.email)).toBeNull();
    await expect(wrong(person.email)).rejects.toMatchObject({
      message: 'Too many wrong passwords for this account. Try again in 10 seconds.',
    });
    await letTimePass(person.email, 10);
    expect(await wrong(person.email)).toBeNull(); // the sixth wrong password

    // The owner is asked to wait, not locked out: the right password passes after the delay.
    const owner = () =>
      authenticate({ email: person.email, password: person.password, address: randomUUID() });
    await expect(owner()).rejects.toMatchObject({
      message: 'Too many wrong passwords for this account. Try again in 20 seconds.',
    });
    await letTimePass(person.email, 20);
    expect(await owner()).toMatchObject({ id: person.id });
    // Signing in wiped the slate: a typo now costs nothing again.
    expect(await wrong(person.email)).toBeNull();
    expect(await owner()).toMatchObject({ id: person.id });
  });

  it('never makes anyone wait more than five minutes, however many guesses came before', async () => {
    const person = await createActor();
    await db.signInFailure.create({ data: { email: person.email, failures: 10_000 } });
    const owner = () =>
      authenticate({ email: person.email, password: person.password, address: randomUUID() });
    await expect(owner()).rejects.toMatchObject({
      message: 'Too many wrong passwords for this account. Try again in 5 minutes.',
    });
    await letTimePass(person.email, 5 * 60);
    expect(await owner()).toMatchObject({ id: person.id });
  });

  it('gives a burst of parallel guesses during a delay one try, not one each', async () => {
    const person = await createActor();
    await db.signInFailure.create({ data: { email: person.email, failures: 6 } });
    await letTimePass(person.email, 60);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () => wrong(person.email)),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(
      (await db.signInFailure.findUniqueOrThrow({ where: { email: person.email } })).failures,
    ).toBe(7);
  });

  it('treats an e-mail without an account exactly like one with a wrong password', async () => {
    const nobody = `nobody-${randomUUID()}@example.test`;
    for (let attempt = 0; attempt < 4; attempt++) expect(await wrong(nobody)).toBeNull();
    await expect(wrong(nobody)).rejects.toMatchObject({
      message: 'Too many wrong passwords for this account. Try again in 5 seconds.',
    });
  });

  it("limits one address's failures across many accounts, without counting or resetting on success", async () => {
    const address = randomUUID();
    const person = await createActor();
    const guess = (at: number) =>
      authenticate({ email: `guess-${at}-${address}@example.test`, password: 'nope', address });
    for (let at = 0; at < 99; at++) expect(await guess(at)).toBeNull();
    // Someone signing in from the same address neither spends the budget nor refills it.
    expect(
      await authenticate({ email: person.email, password: person.password, address }),
    ).toMatchObject({ id: person.id });
    expect(await guess(99)).toBeNull();
    await expect(guess(100)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Too many failed sign-ins from your network. Try again in 15 minutes.',
    });
    // Another address is not affected.
    expect(
      await authenticate({ email: person.email, password: person.password, address: randomUUID() }),
    ).toMatchObject({ id: person.id });
  }, 60_000);

  it('shares its counters between processes, because they live in PostgreSQL', async () => {
    const key = randomUUID();
    // Three processes, four attempts each, against a limit of five: exactly five get through.
    const outputs = await Promise.all(
      [1, 2, 3].map(() =>
        run('npx', ['tsx', '--conditions=react-server', 'test/db/consume-points.ts', key, '4'], {
          env: process.env,
        }),
      ),
    );
    const granted = outputs.map(({ stdout }) => Number(stdout.trim()));
    expect(granted.reduce((sum, count) => sum + count, 0)).toBe(5);
  }, 60_000);
});
