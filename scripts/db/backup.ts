/**
 * Backup and restore of the app's data, with nothing but Node: every table of the schema is
 * copied out with PostgreSQL's COPY (pg-copy-streams) inside one read-only snapshot, so a
 * backup taken while the app runs is consistent. The file is gzip'd text:
 *
 *   -- pathfinder backup 1
 *   -- migrations: <the migrations the data was written under, comma-separated>
 *   TABLE "Name" ("col", ...)
 *   <COPY text rows, one per line>
 *   \.
 *
 * Restoring applies the migrations to an empty database, then copies each table back in,
 * parents before children (the foreign keys decide the order). The job queue's schema is not
 * in a backup: workers recreate it and its schedules when they start. Nor is the log of
 * changes the suggestion pools follow (SuggestionPoolChange): it only tells running server
 * processes what to read again, and restoring writes its own rows (the triggers fire on COPY).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { applyMigrations } from './migrations';

const HEADER = '-- pathfinder backup 1';
const MIGRATIONS = '-- migrations: ';
const END = '\\.';

/** Tables that are not the app's data but a running system's, left out of backups. */
export const NOT_BACKED_UP = ['SuggestionPoolChange'];

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface Table {
  name: string;
  columns: string[];
}

/** The app's tables with their columns, parents before children. */
async function tablesInOrder(client: pg.Client): Promise<Table[]> {
  const { rows: columns } = await client.query<{ table: string; column: string }>(`
    SELECT c.table_name AS table, c.column_name AS column
    FROM information_schema.columns c
    JOIN information_schema.tables t
      ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      AND c.table_name <> '_prisma_migrations'
    ORDER BY c.table_name, c.ordinal_position`);
  const { rows: references } = await client.query<{ child: string; parent: string }>(`
    SELECT DISTINCT child.relname AS child, parent.relname AS parent
    FROM pg_constraint k
    JOIN pg_class child ON child.oid = k.conrelid
    JOIN pg_class parent ON parent.oid = k.confrelid
    WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace
      AND child.relname <> parent.relname`);
  const tables = new Map<string, string[]>();
  for (const row of columns)
    if (!NOT_BACKED_UP.includes(row.table))
      tables.set(row.table, [...(tables.get(row.table) ?? []), row.column]);
  const ordered: Table[] = [];
  const placed = new Set<string>();
  const place = (name: string, path: Set<string>) => {
    if (placed.has(name)) return;
    if (path.has(name)) throw new Error(`foreign keys form a cycle through ${name}`);
    path.add(name);
    for (const { parent } of references.filter((reference) => reference.child === name))
      if (tables.has(parent)) place(parent, path);
    placed.add(name);
    ordered.push({ name, columns: tables.get(name)! });
  };
  for (const name of [...tables.keys()].sort()) place(name, new Set());
  return ordered;
}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

export async function backupDatabase(databaseUrl: string, file: string): Promise<{ rows: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(file));
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, 'drain');
  };
  let rows = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await write(`${HEADER}\n${MIGRATIONS}${(await appliedMigrations(client)).join(',')}\n`);
    for (const table of await tablesInOrder(client)) {
      const columns = table.columns.map(quote).join(', ');
      await write(`TABLE ${quote(table.name)} (${columns})\n`);
      const out = client.query(copyTo(`COPY ${quote(table.name)} (${columns}) TO STDOUT`));
      for await (const chunk of out) {
        rows += (chunk as Buffer).toString('utf8').split('\n').length - 1;
        await write((chunk as Buffer).toString('utf8'));
      }
      await write(`${END}\n`);
    }
    await client.query('COMMIT');
  } finally {
    gzip.end();
    await written;
    await client.end();
  }
  return { rows };
}

export async function restoreDatabase(databaseUrl: string, file: string): Promise<void> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await iterator.next();
    return done ? null : (value as string);
  };
  if ((await next()) !== HEADER) throw new Error(`${file} is not a Pathfinder backup.`);
  const header = (await next()) ?? '';
  const theirs = header.startsWith(MIGRATIONS)
    ? header.slice(MIGRATIONS.length).split(',').filter(Boolean)
    : [];

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await applyMigrations(databaseUrl);
    const ours = await appliedMigrations(client);
    const unknown = theirs.filter((name) => !ours.includes(name));
    if (unknown.length)
      throw new Error(`The backup needs migrations this version lacks: ${unknown.join(', ')}.`);
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM "User"');
    if (rows[0]?.count !== '0') throw new Error('Restore only into an empty database.');
    await client.query('BEGIN');
    for (let line = await next(); line !== null; line = await next()) {
      const table = /^TABLE (".*") \((.*)\)$/.exec(line);
      if (!table) throw new Error(`Unexpected line in the backup: ${line.slice(0, 80)}`);
      const into = client.query(copyFrom(`COPY ${table[1]} (${table[2]}) FROM STDIN`));
      const done = new Promise<void>((resolve, reject) => {
        into.on('finish', resolve);
        into.on('error', reject);
      });
      for (let row = await next(); row !== END; row = await next()) {
        if (row === null) throw new Error('The backup ends in the middle of a table.');
        if (!into.write(`${row}\n`)) await once(into as Writable, 'drain');
      }
      into.end();
      await done;
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
