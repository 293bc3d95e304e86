import { describe, expect, it } from 'vitest';
import { logSettings, parseEnv } from './settings';

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

describe('the log settings', () => {
  it('log at info, as JSON unless in development', () => {
    expect(logSettings({ NODE_ENV: 'production' })).toEqual({ level: 'info', format: 'json' });
    expect(logSettings({ NODE_ENV: 'development' })).toEqual({
      level: 'info',
      format: 'readable',
    });
    expect(logSettings({ LOG_LEVEL: 'warn', LOG_FORMAT: 'json', NODE_ENV: 'development' })).toEqual(
      { level: 'warn', format: 'json' },
    );
  });

  it('refuse a level or format that does not exist, naming it', () => {
    expect(() => parseEnv({ ...required, LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
    expect(() => parseEnv({ ...required, LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT must be json/);
  });
});

describe('the company sign-in settings', () => {
  const company = {
    SSO_ISSUER: 'https://login.fabrikam.com/oidc',
    SSO_CLIENT_ID: 'pathfinder',
    SSO_CLIENT_SECRET: 'a client secret',
    SSO_EMAIL_DOMAINS: 'Fabrikam.com, fabrikam.co.uk',
    SSO_ORGANISATION: 'Fabrikam',
    SSO_NAME: 'Fabrikam',
  };

  it('are off when none is set, or all are blank', () => {
    expect(parseEnv(required).companySignIn).toBeUndefined();
    const blank = Object.fromEntries(Object.keys(company).map((name) => [name, ' ']));
    expect(parseEnv({ ...required, ...blank }).companySignIn).toBeUndefined();
  });

  it('come together as one setting, the domains as a list in lower case', () => {
    expect(parseEnv({ ...required, ...company }).companySignIn).toEqual({
      issuer: 'https://login.fabrikam.com/oidc',
      clientId: 'pathfinder',
      clientSecret: 'a client secret',
      emailDomains: ['fabrikam.com', 'fabrikam.co.uk'],
      organisation: 'Fabrikam',
      name: 'Fabrikam',
    });
  });

  it('refuse a partial set, naming each one that is missing', () => {
    const partial = { ...company, SSO_CLIENT_SECRET: undefined, SSO_EMAIL_DOMAINS: '' };
    const all = Object.keys(company).join(', ');
    expect(() => parseEnv({ ...required, ...partial })).toThrow(
      [
        'Invalid server configuration:',
        `  SSO_CLIENT_SECRET: SSO_CLIENT_SECRET is missing: company sign-in needs all of ${all}, or none`,
        `  SSO_EMAIL_DOMAINS: SSO_EMAIL_DOMAINS is missing: company sign-in needs all of ${all}, or none`,
      ].join('\n'),
    );
  });

  it('take plain http only from an identity provider on this machine', () => {
    const local = { ...company, SSO_ISSUER: 'http://localhost:3401' };
    expect(parseEnv({ ...required, ...local }).companySignIn?.issuer).toBe('http://localhost:3401');
    expect(() =>
      parseEnv({ ...required, ...company, SSO_ISSUER: 'http://login.fabrikam.com' }),
    ).toThrow('SSO_ISSUER: SSO_ISSUER must be an https:// URL (http:// for localhost only)');
  });

  it('refuse domains that are not domains', () => {
    expect(() =>
      parseEnv({ ...required, ...company, SSO_EMAIL_DOMAINS: 'ops@fabrikam.com' }),
    ).toThrow(
      'SSO_EMAIL_DOMAINS: SSO_EMAIL_DOMAINS must be domains separated by commas, e.g. fabrikam.com',
    );
  });
});
