import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

const required = {
  DATABASE_URL: 'postgresql://user:pass@localhost:5432/pathfinder',
  AUTH_SECRET: 'x'.repeat(32),
};

describe('the server configuration', () => {
  it('fills in the defaults of what is optional', () => {
    const env = parseEnv(required);
    expect(env).toMatchObject({
      AUTH_URL: 'http://localhost:3000',
      MAIL_FROM: 'Pathfinder <no-reply@pathfinder.local>',
      NODE_ENV: 'development',
      TRUST_PROXY: 0,
    });
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.PLATFORM_ADMIN_EMAIL).toBeUndefined();
  });

  it('treats an empty optional setting as not set', () => {
    const env = parseEnv({
      ...required,
      SMTP_URL: '',
      AUTH_URL: '',
      MAIL_FROM: '',
      TRUST_PROXY: '',
    });
    expect(env.TRUST_PROXY).toBe(0);
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.AUTH_URL).toBe('http://localhost:3000');
    expect(env.MAIL_FROM).toBe('Pathfinder <no-reply@pathfinder.local>');
  });

  it('keeps what is set, the admin e-mail in lower case', () => {
    const env = parseEnv({
      ...required,
      AUTH_URL: 'https://mentoring.example.com',
      SMTP_URL: 'smtps://user:pass@mail.example.com:465',
      MAIL_FROM: 'Mentoring <mentoring@example.com>',
      PLATFORM_ADMIN_EMAIL: 'Ops@Example.com',
      TRUST_PROXY: '2',
    });
    expect(env).toMatchObject({
      AUTH_URL: 'https://mentoring.example.com',
      SMTP_URL: 'smtps://user:pass@mail.example.com:465',
      MAIL_FROM: 'Mentoring <mentoring@example.com>',
      PLATFORM_ADMIN_EMAIL: 'ops@example.com',
      TRUST_PROXY: 2,
    });
  });

  it('names every setting that is wrong, and what it should be', () => {
    expect(() =>
      parseEnv({
        DATABASE_URL: 'not a url',
        AUTH_SECRET: 'short',
        AUTH_URL: 'mentoring.example.com',
        SMTP_URL: 'https://mail.example.com',
        PLATFORM_ADMIN_EMAIL: 'ops',
        TRUST_PROXY: 'yes',
      }),
    ).toThrow(
      [
        'Invalid server configuration:',
        '  DATABASE_URL: DATABASE_URL must be a postgresql:// URL',
        '  AUTH_SECRET: AUTH_SECRET must be at least 32 characters',
        '  AUTH_URL: AUTH_URL must be a URL, e.g. https://mentoring.example.com',
        '  PLATFORM_ADMIN_EMAIL: PLATFORM_ADMIN_EMAIL must be an e-mail address',
        '  SMTP_URL: SMTP_URL must be an smtp:// or smtps:// URL',
        '  TRUST_PROXY: TRUST_PROXY must be the number of proxies in front of the app, e.g. 1',
      ].join('\n'),
    );
  });

  it('refuses an SMTP_URL that is not a URL at all', () => {
    expect(() => parseEnv({ ...required, SMTP_URL: 'mail.example.com' })).toThrow(
      /^Invalid server configuration:\n {2}SMTP_URL: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL$/,
    );
  });
});
