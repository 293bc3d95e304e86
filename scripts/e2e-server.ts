/**
 * The app as the browser tests see it: a production build served by `next start`, on the
 * database that scripts/with-database.ts provides. Builds only when sources changed.
 */
import { needsBuild } from './app/needs-build';
import { buildNext, startNext, stopNext } from './app/next-process';
import { PROJECT_DIR } from './db/provide-database';
import { E2E_AUTH_SECRET } from '../e2e/support/auth-secret';

const port = process.argv[2] ?? '3100';
const env = {
  ...process.env,
  AUTH_SECRET: E2E_AUTH_SECRET,
  AUTH_URL: `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
};
if (needsBuild(PROJECT_DIR) && !buildNext(env)) process.exit(1);
const server = startNext(['start', '--port', port], env);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void stopNext(server).then(() => process.exit(0)));
}
server.on('exit', (code) => process.exit(code ?? 0));
