import 'server-only';
/**
 * The server's one logger (web and worker): JSON lines on stdout in production, for a log
 * collector; short readable lines in development. Secrets and personal data are replaced
 * before a line is written, by field name (REDACTED_FIELDS) and, in error messages and stacks,
 * by shape (e-mail addresses), because a database error can quote the values it refused.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import { logSettings } from '../env';
import { readableLine } from './readable';

/** Field names whose values never reach a log, at any depth up to three levels. */
export const REDACTED_FIELDS = [
  'password',
  'passwordHash',
  'newPassword',
  'currentPassword',
  'token',
  'accessToken',
  'refreshToken',
  'idToken',
  'secret',
  'clientSecret',
  'authorization',
  'cookie',
  'set-cookie',
  'email',
  'to',
  'name',
  'text',
  'body',
  'note',
  'headers',
];
const REDACT_PATHS = REDACTED_FIELDS.flatMap((field) => {
  const key = /^\w+$/.test(field) ? `.${field}` : `["${field}"]`;
  return [key.slice(key.startsWith('.') ? 1 : 0), `*${key}`, `*.*${key}`];
});

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const scrub = (value: unknown) =>
  typeof value === 'string' ? value.replace(EMAIL, '[email]') : value;

function errorFields(error: unknown) {
  if (!(error instanceof Error)) return scrub(error);
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  return { ...serialized, message: scrub(serialized.message), stack: scrub(serialized.stack) };
}

type Service = 'web' | 'worker';
let service: Service = 'web';

export function createLogger(
  options: { level?: string; destination?: DestinationStream; readable?: boolean } = {},
): Logger {
  const settings = logSettings(process.env);
  const destination =
    options.destination ??
    ((options.readable ?? settings.format === 'readable')
      ? { write: (line: string) => void process.stdout.write(readableLine(line)) }
      : undefined);
  const config = {
    level: options.level ?? settings.level,
    base: { pid: process.pid },
    // The process's role is read per line: the worker says so once it starts (`logAs`).
    mixin: () => ({ service }),
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: errorFields, error: errorFields },
  };
  return destination ? pino(config, destination) : pino(config);
}

/** Marks every later line of this process as the worker's. */
export function logAs(role: Service): void {
  service = role;
}

export const log = createLogger();
