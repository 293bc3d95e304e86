/**
 * A plain description of a database's schema (tables, columns, constraints, indexes, enums),
 * for comparing two databases: the one migrations build and the one the schema describes.
 */
import pg from 'pg';
import { copyDatabase, databaseName, dropDatabaseFamily, withDatabaseName } from './test-databases';

const QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            ORDER BY 1, 2`,
  constraints: `SELECT rel.relname AS table_name, con.conname, con.contype, pg_get_constraintdef(con.oid) AS definition
                FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
                JOIN pg_namespace ns ON ns.oid = rel.relnamespace
                WHERE ns.nspname = 'public' AND rel.relname <> '_prisma_migrations' ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  enums: `SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          ORDER BY t.typname, e.enumsortorder`,
};

export async function describeSchema(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // One query at a time: a pg.Client runs one query at once, and queuing several on it is
    // deprecated (pg 9 removes it).
    const entries: [string, unknown[]][] = [];
    for (const [name, sql] of Object.entries(QUERIES))
      entries.push([name, (await client.query(sql)).rows]);
    return Object.fromEntries(entries);
  } finally {
    await client.end();
  }
}

/**
 * Makes an empty database next to the given one and returns its URL. Its name starts with the
 * given database's, so whoever drops that database's family (a test file's) drops it too.
 */
export async function createSiblingDatabase(databaseUrl: string, name: string): Promise<string> {
  const sibling = `${databaseName(databaseUrl)}_${name}`;
  await dropDatabaseFamily(databaseUrl, sibling);
  return copyDatabase(withDatabaseName(databaseUrl, 'template0'), sibling);
}
