/**
 * Databases made for tests on a PostgreSQL server: a migrated template, and throw-away copies
 * of it (`CREATE DATABASE ... TEMPLATE`, a file copy that takes a fraction of a second where
 * migrating takes seconds). Creating and dropping databases is only ever done on a server on
 * this machine, so that a mistyped DATABASE_URL cannot reach a shared or production one.
 */
import pg from 'pg';
import { isLocalDatabaseUrl } from './local-database';

/** Set by scripts/with-database.ts: the migrated database that each test file copies. */
export const TEMPLATE_VARIABLE = 'TEST_DATABASE_TEMPLATE_URL';

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export function withDatabaseName(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(name)}`;
  return next.toString();
}

export function assertLocalServer(url: string): void {
  if (isLocalDatabaseUrl(url)) return;
  throw new Error(
    `Database tests create and drop databases on the server they are given, and only on one ` +
      `on this machine; ${new URL(url).host || url} is not. Unset DATABASE_URL to use a ` +
      'throw-away embedded PostgreSQL, or point it at a PostgreSQL running here.',
  );
}

/** Runs statements on the server's `postgres` database: a database cannot copy or drop itself. */
async function onServer(url: string, statements: (client: pg.Client) => Promise<void>) {
  assertLocalServer(url);
  const client = new pg.Client({ connectionString: withDatabaseName(url, 'postgres') });
  await client.connect();
  try {
    await statements(client);
  } finally {
    await client.end();
  }
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A new database copied from `templateUrl`'s, on the same server; returns its URL. */
export async function copyDatabase(templateUrl: string, name: string): Promise<string> {
  await onServer(templateUrl, async (client) => {
    await client.query(
      `CREATE DATABASE ${quoted(name)} TEMPLATE ${quoted(databaseName(templateUrl))}`,
    );
  });
  return withDatabaseName(templateUrl, name);
}

/** Drops every database whose name is `name` or starts with `name_` (its siblings). */
export async function dropDatabaseFamily(url: string, name: string): Promise<void> {
  await onServer(url, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)',
      [name, `${name}_`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS ${quoted(datname)} WITH (FORCE)`);
    }
  });
}
