/**
 * Runs a command (a test suite) against a database of its own: a throw-away embedded
 * PostgreSQL with the migrations applied, or DATABASE_URL when it is set. Usage:
 *   tsx scripts/with-database.ts -- <command> [args...]
 */
import { spawn } from 'node:child_process';
import { applyMigrations } from './db/migrations';
import { provideDatabase } from './db/provide-database';

const separator = process.argv.indexOf('--');
const [command, ...args] = separator >= 0 ? process.argv.slice(separator + 1) : [];
if (!command) {
  console.error('Usage: tsx scripts/with-database.ts -- <command> [args...]');
  process.exit(64);
}

const database = await provideDatabase({ kind: 'test', suite: command.replace(/\W/g, '') });
let exitCode = 1;
try {
  await applyMigrations(database.url);
  exitCode = await new Promise<number>((resolve) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: database.url },
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await database.stop();
}
process.exit(exitCode);
