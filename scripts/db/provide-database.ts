/**
 * Where the database comes from: DATABASE_URL when it is set (production, CI with a service),
 * otherwise an embedded PostgreSQL under `.data/`. Every command that needs a database goes
 * through here, so the rule lives in one place.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { startEmbeddedDatabase, type RunningDatabase } from './embedded-database';

export const PROJECT_DIR = path.resolve(import.meta.dirname, '../..');
const DATA_DIR = path.join(PROJECT_DIR, '.data');
const APP_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);

export type DatabaseUse = { kind: 'app' } | { kind: 'test'; suite: string };

export async function provideDatabase(
  use: DatabaseUse,
  log = console.log,
): Promise<RunningDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, stop: async () => {} };

  if (use.kind === 'test') {
    return startEmbeddedDatabase({
      dataDir: path.join(DATA_DIR, 'test', `${use.suite}-${process.pid}`),
      port: await freePort(),
      databaseName: 'test',
      ephemeral: true,
      log,
    });
  }

  const releaseLock = takeRunnerLock();
  try {
    const database = await startEmbeddedDatabase({
      dataDir: path.join(DATA_DIR, 'postgres'),
      port: APP_PORT,
      databaseName: 'pathfinder',
      log,
    });
    return {
      url: database.url,
      stop: async () => {
        await database.stop();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** Two runners on one data directory would fight over it; say so plainly instead. */
function takeRunnerLock(): () => void {
  const lockPath = path.join(DATA_DIR, 'runner.pid');
  mkdirSync(DATA_DIR, { recursive: true });
  if (existsSync(lockPath)) {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `Another "npm start" or "npm run dev" (pid ${pid}) is using the embedded database. ` +
          'Stop it first, or set DATABASE_URL to share a PostgreSQL server.',
      );
    }
  }
  writeFileSync(lockPath, String(process.pid));
  return () => rmSync(lockPath, { force: true });
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
