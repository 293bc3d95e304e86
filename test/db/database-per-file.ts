/**
 * Gives each database test file a database of its own (vitest `setupFiles` of the `db`
 * project): a copy of the migrated template that scripts/with-database.ts prepared, made
 * before the file's modules load and dropped when the file ends. So no file sees another's
 * rows, and order never matters. DATABASE_URL is pointed at the copy in process.env, which
 * the server modules read when they first connect and subprocesses that tests spawn inherit.
 */
import { randomBytes } from 'node:crypto';
import { afterAll } from 'vitest';
import {
  copyDatabase,
  databaseName,
  dropDatabaseFamily,
  TEMPLATE_VARIABLE,
} from '@/scripts/db/test-databases';
import { closeCachedClients, hasCachedClients } from './cached-clients';

const template = process.env[TEMPLATE_VARIABLE];
if (!template) {
  throw new Error(
    `Database tests need ${TEMPLATE_VARIABLE}, a migrated template database: run them with ` +
      '`npm run test:db` (set DATABASE_URL to use a PostgreSQL on this machine instead of an ' +
      'embedded one).',
  );
}
// A pool left by an earlier file in this worker would still point at that file's database.
if (hasCachedClients()) await closeCachedClients();

// Unique per file, and prefixed by the template's name so a run can drop every copy it made.
const name = `${databaseName(template)}_f${process.pid}_${randomBytes(4).toString('hex')}`;
process.env.DATABASE_URL = await copyDatabase(template, name);

// Registered before the file's own hooks, so it runs after them (hooks unwind as a stack).
afterAll(async () => {
  await closeCachedClients();
  await dropDatabaseFamily(template, name);
});
