/**
 * The app as the browser tests see it: a production build served by `next start`, on the
 * database that scripts/with-database.ts provides. Builds only when sources changed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { needsBuild } from './app/needs-build';
import { PROJECT_DIR } from './db/provide-database';
import { E2E_AUTH_SECRET } from '../e2e/support/auth-secret';

const port = process.argv[2] ?? '3100';
const env = {
  ...process.env,
  AUTH_SECRET: E2E_AUTH_SECRET,
  AUTH_URL: `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
};
if (needsBuild(PROJECT_DIR)) {
  const build = spawnSync('npx', ['next', 'build'], { cwd: PROJECT_DIR, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn('npx', ['next', 'start', '--port', port], { cwd: PROJECT_DIR, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
