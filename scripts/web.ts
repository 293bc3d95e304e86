/**
 * `npm run start:web`: the web server alone, for production processes: no build, no migrations,
 * no worker, no embedded database. It serves the build `npm run build` made, on the database in
 * DATABASE_URL; `npm run db:migrate` and `npm run worker` are the other two processes. The
 * settings are checked before anything starts, so a missing one says so at once.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_DIR } from './db/provide-database';
import { startNext } from './app/next-process';
import { env } from '@/lib/server/env';

try {
  env();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
if (!existsSync(path.join(PROJECT_DIR, '.next', 'BUILD_ID'))) {
  console.error('No build found: run `npm run build` first (a container image does it once).');
  process.exit(2);
}
const server = startNext('start', process.env.PORT ?? 3000, process.env, { ownGroup: false });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
