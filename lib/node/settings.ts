/**
 * The server's configuration, checked once at boot so that a missing or malformed setting
 * fails loudly with its name rather than somewhere deep in a request. Every setting the
 * server reads is here; the rest of the server asks `env()`, never `process.env`.
 * (NODE_ENV is also read directly where Next.js inlines it at build time.)
 *
 * It lives in lib/node, not lib/server, so that the web server can check it before Next loads,
 * in the standalone output too, where `server-only` cannot be imported (scripts/app/web-server.ts).
 * The server layer reads it through lib/server/env.ts.
 */
import { z } from 'zod';
import { parseEmailDomains } from '@/lib/core/auth/company-email';

// An optional setting left empty (`SMTP_URL=` in a compose file) or blank means "not set".
const optional = <T extends z.ZodType>(setting: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    setting.optional(),
  );

function isSmtpUrl(value: string): boolean {
  try {
    return ['smtp:', 'smtps:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** An identity provider is reached over https; plain http only on this machine, for tests. */
function isIssuerUrl(value: string): boolean {
  try {
    const url = new URL(value);
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url.protocol === 'https:' || (url.protocol === 'http:' && local);
  } catch {
    return false;
  }
}

/**
 * Company sign-in over OpenID Connect. All six or none: a provider without its domains would
 * link accounts it has no say over, and one without a name cannot be offered on a button.
 */
const COMPANY_SIGN_IN = {
  SSO_ISSUER: optional(
    z
      .string()
      .refine(isIssuerUrl, 'SSO_ISSUER must be an https:// URL (http:// for localhost only)'),
  ),
  SSO_CLIENT_ID: optional(z.string()),
  SSO_CLIENT_SECRET: optional(z.string()),
  SSO_EMAIL_DOMAINS: optional(
    z.string().transform((value, ctx) => {
      const domains = parseEmailDomains(value);
      if (domains) return domains;
      ctx.addIssue({
        code: 'custom',
        message: 'SSO_EMAIL_DOMAINS must be domains separated by commas, e.g. fabrikam.com',
      });
      return z.NEVER;
    }),
  ),
  SSO_ORGANISATION: optional(
    z.string().trim().max(100, 'SSO_ORGANISATION must be at most 100 characters'),
  ),
  SSO_NAME: optional(z.string().trim().max(60, 'SSO_NAME must be at most 60 characters')),
};
const COMPANY_SETTINGS = Object.keys(COMPANY_SIGN_IN) as (keyof typeof COMPANY_SIGN_IN)[];

/**
 * How much the server logs and how: JSON lines (production) or readable lines (development).
 * The logger reads these alone (`logSettings`), so that it can still report a configuration
 * that is otherwise invalid.
 */
const LOGGING = {
  LOG_LEVEL: optional(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    }),
  ),
  LOG_FORMAT: optional(
    z.enum(['json', 'readable'], { message: 'LOG_FORMAT must be json or readable' }),
  ),
};

export function logSettings(source: Record<string, string | undefined>) {
  const parsed = z.object(LOGGING).safeParse(source);
  const given = parsed.success ? parsed.data : {};
  return {
    level: given.LOG_LEVEL ?? 'info',
    format: given.LOG_FORMAT ?? (source.NODE_ENV === 'development' ? 'readable' : 'json'),
  };
}

const settings = z.object({
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgresql:// URL'),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters'),
  /** The public address of the app: links in e-mails start here. Auth.js reads it too. */
  AUTH_URL: optional(
    z.string().url('AUTH_URL must be a URL, e.g. https://mentoring.example.com'),
  ).transform((url) => url ?? 'http://localhost:3000'),
  /** Whoever signs up or signs in with this e-mail becomes a platform admin. */
  PLATFORM_ADMIN_EMAIL: optional(
    z
      .string()
      .email('PLATFORM_ADMIN_EMAIL must be an e-mail address')
      .transform((email) => email.toLowerCase()),
  ),
  /** Where e-mail goes; without it, e-mails are held for the in-app mailbox. */
  SMTP_URL: optional(z.string().refine(isSmtpUrl, 'SMTP_URL must be an smtp:// or smtps:// URL')),
  /** The sender of those e-mails. */
  MAIL_FROM: optional(z.string()).transform(
    (from) => from ?? 'Pathfinder <no-reply@pathfinder.local>',
  ),
  /**
   * How many proxies in front of the app to trust for the client's address (rate limits):
   * 0 uses the connection's own address and ignores X-Forwarded-For.
   */
  TRUST_PROXY: optional(
    z
      .string()
      .regex(/^\d{1,2}$/, 'TRUST_PROXY must be the number of proxies in front of the app, e.g. 1')
      .transform(Number),
  ).transform((proxies) => proxies ?? 0),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  ...LOGGING,
  ...COMPANY_SIGN_IN,
});

const schema = settings
  .superRefine((value, ctx) => {
    const missing = COMPANY_SETTINGS.filter((name) => value[name] === undefined);
    if (missing.length === 0 || missing.length === COMPANY_SETTINGS.length) return;
    for (const name of missing)
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: `${name} is missing: company sign-in needs all of ${COMPANY_SETTINGS.join(', ')}, or none`,
      });
  })
  .transform(
    ({
      SSO_ISSUER,
      SSO_CLIENT_ID,
      SSO_CLIENT_SECRET,
      SSO_EMAIL_DOMAINS,
      SSO_ORGANISATION,
      SSO_NAME,
      ...rest
    }) => ({
      ...rest,
      /** Company sign-in, when all of its settings are given; undefined when none are. */
      companySignIn:
        SSO_ISSUER &&
        SSO_CLIENT_ID &&
        SSO_CLIENT_SECRET &&
        SSO_EMAIL_DOMAINS &&
        SSO_ORGANISATION &&
        SSO_NAME
          ? {
              issuer: SSO_ISSUER,
              clientId: SSO_CLIENT_ID,
              clientSecret: SSO_CLIENT_SECRET,
              emailDomains: SSO_EMAIL_DOMAINS,
              organisation: SSO_ORGANISATION,
              name: SSO_NAME,
            }
          : undefined,
    }),
  );

export type Env = z.infer<typeof schema>;
export type CompanySignInSettings = NonNullable<Env['companySignIn']>;

/** Parses a set of variables; `env()` is this on `process.env`, once. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid server configuration:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
