import 'server-only';
/**
 * The server's configuration, checked once at boot so that a missing or malformed setting
 * fails loudly with its name rather than somewhere deep in a request. Every setting the
 * server reads is here; the rest of the server asks `env()`, never `process.env`.
 * (NODE_ENV is also read directly where Next.js inlines it at build time.)
 */
import { z } from 'zod';

// An optional setting left empty (`SMTP_URL=` in a compose file) means "not set".
const optional = <T extends z.ZodType>(setting: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), setting.optional());

function isSmtpUrl(value: string): boolean {
  try {
    return ['smtp:', 'smtps:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const schema = z.object({
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
});

export type Env = z.infer<typeof schema>;

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
