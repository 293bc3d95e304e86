/**
 * Builds with the Next.js CLI and serves through scripts/app/web-server.ts (Next's own handler
 * behind a server that records each client's real address). `npm start` puts it in a process group of its own, so that stopping
 * it stops everything it started (`next start` forks its server; a plain kill would orphan
 * it); a supervisor that kills whole groups (Playwright) keeps it in its own group instead.
 */
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import path from 'node:path';
import { PROJECT_DIR } from '../db/provide-database';
import { assembleStandalone } from './standalone';

const NEXT_BIN = path.join(PROJECT_DIR, 'node_modules', '.bin', 'next');
const WEB_SERVER = path.join(PROJECT_DIR, 'scripts', 'app', 'web-server.ts');

/** `next build`, then the standalone output completed (scripts/app/standalone.ts). */
export async function buildNext(env: NodeJS.ProcessEnv): Promise<boolean> {
  const built = spawnSync(NEXT_BIN, ['build'], { cwd: PROJECT_DIR, env, stdio: 'inherit' });
  if (built.status !== 0) return false;
  await assembleStandalone(PROJECT_DIR);
  return true;
}

/** `mode` is `start` (the production build) or `dev` (hot reloading). */
export function startNext(
  mode: 'start' | 'dev',
  port: number | string,
  env: NodeJS.ProcessEnv,
  options: { stdio?: StdioOptions; ownGroup: boolean },
): ChildProcess {
  const stdio = options.stdio ?? 'inherit';
  const args = ['--import', 'tsx', WEB_SERVER, mode, '--port', String(port)];
  return spawn(process.execPath, args, {
    cwd: PROJECT_DIR,
    env,
    stdio,
    detached: options.ownGroup,
  });
}

/** Asks the whole group to stop, and insists after ten seconds. */
export async function stopNext(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
