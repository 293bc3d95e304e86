import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, logAs } from './logger';
import { readableLine } from './readable';

type Entry = Record<string, unknown> & { err?: { stack?: string } };

/** A logger writing into memory, and the JSON lines it wrote. */
function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level: 'info', destination });
  return { logger, entries: () => lines.map((line) => JSON.parse(line) as Entry) };
}

describe('the server log', () => {
  it('writes JSON lines with the process and its role', () => {
    const { logger, entries } = capture();
    logger.child({ requestId: 'req-12345678' }).info('matching run queued');
    logAs('worker');
    logger.info('worker started');
    logAs('web');
    expect(entries()).toMatchObject([
      { msg: 'matching run queued', service: 'web', pid: process.pid, requestId: 'req-12345678' },
      { msg: 'worker started', service: 'worker' },
    ]);
  });

  it('never writes secrets or personal data, at any depth', () => {
    const { logger, entries } = capture();
    logger.info(
      {
        password: 'hunter2-secret',
        email: 'ada@example.com',
        user: { name: 'Ada Lovelace', email: 'ada@example.com', token: 'tok-secret' },
        request: { headers: { cookie: 'session=cookie-secret' }, body: { note: 'my goal' } },
        message: { text: 'private message body', to: 'bob@example.com' },
        'set-cookie': 'session=cookie-secret',
        authorization: 'Bearer auth-secret',
        count: 3,
      },
      'sign-in refused',
    );
    const line = JSON.stringify(entries()[0]);
    for (const secret of ['hunter2', 'ada@', 'Ada Lovelace', 'tok-secret', 'cookie-secret'])
      expect(line).not.toContain(secret);
    for (const personal of ['my goal', 'private message', 'bob@', 'auth-secret'])
      expect(line).not.toContain(personal);
    expect(entries()[0]).toMatchObject({
      count: 3,
      password: '[redacted]',
      msg: 'sign-in refused',
    });
  });

  it('keeps an error’s type and stack but not the e-mail addresses in its message', () => {
    const { logger, entries } = capture();
    logger.error({ err: new Error('Unique constraint failed for ada@example.com') }, 'failed');
    const [entry] = entries();
    expect(entry!.err).toMatchObject({
      type: 'Error',
      message: 'Unique constraint failed for [email]',
    });
    expect(entry!.err?.stack).toContain('logger.test.ts');
    expect(JSON.stringify(entry)).not.toContain('ada@example.com');
  });

  it('reads as one short line in development', () => {
    const line = readableLine(
      JSON.stringify({ level: 50, time: 0, service: 'web', msg: 'Import failed', requestId: 'r1' }),
    );
    expect(line).toMatch(/^\d\d:\d\d:\d\d ERROR \[web\] Import failed requestId=r1\n$/);
  });
});
