import 'server-only';
/**
 * The server's configuration, checked once at boot so that a missing setting fails loudly
 * with its name rather than somewhere deep in a request.
 */
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgresql:// URL'),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters'),
  /** Whoever signs up or signs in with this e-mail becomes a platform admin. */
  PLATFORM_ADMIN_EMAIL: z
    .string()
    .email()
    .transform((email) => email.toLowerCase())
    .optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof schema>;

function readEnv(): Env {
  const parsed = schema.safeParse(process.env);
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
  cached ??= readEnv();
  return cached;
}
