/**
 * The committed migrations and prisma/schema.prisma must describe the same database: a
 * schema change that no migration captures fails here, before it can reach production.
 */
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createSiblingDatabase, describeSchema } from './catalog';
import { applyMigrations, diffSchemas, SCHEMA_PATH, SNAPSHOT_PATH } from './migrations';

const url = process.env.DATABASE_URL!;

describe('migrations', () => {
  it('capture every change to schema.prisma', async () => {
    const [schema, snapshot] = await Promise.all([
      readFile(SCHEMA_PATH, 'utf8'),
      readFile(SNAPSHOT_PATH, 'utf8'),
    ]);
    const pending = await diffSchemas(url, snapshot, schema);
    expect(pending, 'schema.prisma changed: run `npm run db:migration:create -- <name>`').toBe('');
  });

  it('build the same database as schema.prisma describes', async () => {
    const migrated = await createSiblingDatabase(url, 'drift_migrated');
    const direct = await createSiblingDatabase(url, 'drift_direct');
    await applyMigrations(migrated);
    const sql = await diffSchemas(direct, null, await readFile(SCHEMA_PATH, 'utf8'));
    const client = new pg.Client({ connectionString: direct });
    await client.connect();
    await client.query(sql);
    await client.end();

    const [fromMigrations, fromSchema] = await Promise.all([
      describeSchema(migrated),
      describeSchema(direct),
    ]);
    expect(fromMigrations.columns?.length).toBeGreaterThan(20);
    expect(fromMigrations).toEqual(fromSchema);
  });

  it('apply only what is pending, so running them again changes nothing', async () => {
    const fresh = await createSiblingDatabase(url, 'migrate_twice');
    expect((await applyMigrations(fresh)).length).toBeGreaterThan(0);
    expect(await applyMigrations(fresh)).toEqual([]);
  });
});
