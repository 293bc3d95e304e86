/**
 * The background worker beside the web server: `npm start` and `npm run dev` run one, in a
 * process group of its own, so stopping it (the same way as Next) leaves nothing behind.
 * It runs with the react-server condition, under which the app's server-only modules load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_DIR } from '../db/provide-database';

export const WORKER_ARGS = [
  '--conditions=react-server',
  '--import',
  'tsx',
  path.join(PROJECT_DIR, 'scripts', 'worker.ts'),
];

export function startWorkerProcess(
  env: NodeJS.ProcessEnv,
  options: { ownGroup?: boolean } = {},
): ChildProcess {
  return spawn(process.execPath, WORKER_ARGS, {
    cwd: PROJECT_DIR,
    env,
    stdio: 'inherit',
    detached: options.ownGroup ?? true,
  });
}
