import 'server-only';
/**
 * Builds the supporter pool when a web process starts (instrumentation.ts), so the first goal
 * page does not pay its build (seconds at 20,000 people, decision 026). In the background: it
 * never delays or stops the server, and a failure only means the first page builds the pool.
 */
import type { Logger } from 'pino';
import { parseEnv } from '../env';
import { log } from '../log/logger';

/** Fills the pool, or logs why not; never throws. */
export async function warmSupporterPool(
  options: { load?: () => Promise<unknown>; logger?: Logger } = {},
): Promise<void> {
  const logger = options.logger ?? log;
  try {
    // Bad settings are the web server's to report (it stops with their names): reading the
    // pool would only fail on them first.
    parseEnv(process.env);
  } catch {
    return;
  }
  try {
    // Imported here: the pool's module opens the database client as it loads.
    const load = options.load ?? (async () => (await import('./supporter-pool')).supporterPool());
    await load();
    logger.info('supporter pool warmed');
  } catch (error) {
    logger.warn({ err: error }, 'supporter pool not warmed; the first goal page will build it');
  }
}
