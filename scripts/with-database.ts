/**
 * Runs a command (a test suite) against a database of its own: a throw-away embedded
 * PostgreSQL with the migrations applied, or DATABASE_URL when it is set. Usage:
 *   tsx scripts/with-database.ts -- <command> [args...]
 *
 * The command also gets TEST_DATABASE_TEMPLATE_URL, a migrated database that database test
 * files copy (test/db/database-per-file.ts): the embedded one itself, or on a DATABASE_URL
 * server on this machine a fresh one made here and dropped afterwards, so that the copies never
 * hold that database's data. On a server elsewhere there is none, and database tests refuse.
 */
import { spawn } from 'node:child_process';
import { isLocalDatabaseUrl } from './db/local-database';
import { applyMigrations } from './db/migrations';
import { provideDatabase } from './db/provide-database';
import {
  copyDatabase,
  databaseName,
  dropDatabaseFamily,
  TEMPLATE_VARIABLE,
  withDatabaseName,
} from './db/test-databases';

const separator = process.argv.indexOf('--');
const [command, ...args] = separator >= 0 ? process.argv.slice(separator + 1) : [];
if (!command) {
  console.error('Usage: tsx scripts/with-database.ts -- <command> [args...]');
  process.exit(64);
}

const embedded = !process.env.DATABASE_URL;
const database = await provideDatabase({ kind: 'test', suite: command.replace(/\W/g, '') });
const ownTemplate =
  embedded || !isLocalDatabaseUrl(database.url)
    ? undefined
    : withDatabaseName(database.url, `pathfinder_test_${process.pid}`);
const template = embedded ? database.url : ownTemplate;
let exitCode = 1;
try {
  await applyMigrations(database.url);
  if (ownTemplate) {
    // Made from template0, not CREATE DATABASE's default template1: template1 may hold
    // whatever the server's owner added to it, which the migrations would then meet, and
    // copying fails while anyone is connected to the source, which template0 never allows.
    await copyDatabase(withDatabaseName(ownTemplate, 'template0'), databaseName(ownTemplate));
    await applyMigrations(ownTemplate);
  }
  exitCode = await new Promise<number>((resolve) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        ...(template ? { [TEMPLATE_VARIABLE]: template } : {}),
      },
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    // The command could not start (not installed, not on PATH): say so and fail, after the
    // cleanup below, instead of waiting for an exit that never comes.
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  // The embedded server goes with all its databases; on someone's server, leave nothing behind.
  if (ownTemplate) await dropDatabaseFamily(ownTemplate, databaseName(ownTemplate));
  await database.stop();
}
process.exit(exitCode);
