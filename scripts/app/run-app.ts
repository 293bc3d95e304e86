/**
 * What `npm start` and `npm run dev` share: a database (embedded unless DATABASE_URL is set)
 * with migrations applied and demo data on first start, then Next.js in front of it and one
 * background worker beside it. Ctrl-C stops Next and the worker first, then the embedded
 * database, so no request loses its connection half-way.
 */
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { applyMigrations } from '../db/migrations';
import { PROJECT_DIR, provideDatabase } from '../db/provide-database';
import { localAuthSecret } from './auth-secret';
import { needsBuild } from './needs-build';
import { backfillGoalTriage } from './backfill-goal-triage';
import { buildNext, startNext, stopNext } from './next-process';
import { prepareDemoData } from './prepare-demo-data';
import { startWorkerProcess } from './worker-process';

export async function runApp(mode: 'start' | 'dev') {
  const port = Number(process.env.PORT ?? 3000);
  const database = await provideDatabase({ kind: 'app' });
  let next: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all([stopNext(next), stopNext(worker)]);
    await database.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    const demo = await prepareDemoData(database.url);
    const triaged = await backfillGoalTriage(database.url);
    if (triaged) console.log(`Recommended a mentor or a coach for ${triaged} goals.`);

    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: process.env.AUTH_SECRET ?? localAuthSecret(path.join(PROJECT_DIR, '.data')),
      AUTH_URL: process.env.AUTH_URL ?? `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
    };
    if (mode === 'start' && needsBuild(PROJECT_DIR)) {
      console.log('Building the app (once, and again after changes)…');
      if (!(await buildNext(env))) return await stop(1);
    }
    next = startNext(mode, port, env, {
      stdio: ['ignore', 'pipe', 'inherit'],
      ownGroup: true,
    });
    let announced = false;
    next.stdout?.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (!announced && /Ready in/.test(chunk.toString())) {
        announced = true;
        console.log(
          `\nPathfinder is running at http://localhost:${port}\n${demo}\nPress Ctrl-C to stop.\n`,
        );
      }
    });
    next.on('exit', (code) => void stop(code ?? 0));
    // Matching runs, reminders, expiry and e-mail; a worker that dies takes the app down with it, loudly,
    // rather than leaving requests that silently never expire.
    // The worker's lines read like the web server's: readable under `npm run dev`, JSON otherwise.
    worker = startWorkerProcess({
      ...env,
      LOG_FORMAT: process.env.LOG_FORMAT ?? (mode === 'dev' ? 'readable' : 'json'),
    });
    worker.on('exit', (code) => {
      if (!stopping) console.error(`The background worker stopped (exit ${code}).`);
      void stop(code ?? 1);
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}
