import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { createActor } from '@/scripts/support/actors';
import { authenticate } from './authenticate';

const run = promisify(execFile);

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

  it('stops guessing on one account after five tries, says when to come back, and keeps it stopped', async () => {
    const person = await createActor();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(
        await authenticate({ email: person.email, password: 'wrong guess', address: randomUUID() }),
      ).toBeNull();
    }
    const refused = authenticate({
      email: person.email,
      password: person.password,
      address: randomUUID(),
    });
    await expect(refused).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Too many sign-in attempts. Try again in 15 minutes.',
    });
    const counter = await db.rateLimit.findUniqueOrThrow({
      where: { key: `sign-in:email:${person.email}` },
    });
    expect(counter.points).toBe(6);
  });

  it('limits one network address across many accounts', async () => {
    const address = randomUUID();
    for (let attempt = 0; attempt < 30; attempt++) {
      await authenticate({ email: `guess-${attempt}@example.test`, password: 'nope', address });
    }
    await expect(
      authenticate({ email: 'one-more@example.test', password: 'nope', address }),
    ).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Too many sign-in attempts from your network. Try again in 15 minutes.',
    });
  });

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
