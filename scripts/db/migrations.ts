/**
 * The project's migration commands, on Prisma's standard folder format
 * (`prisma/migrations/<timestamp>_<name>/migration.sql`), so that anyone with internet can
 * still use the ordinary `prisma migrate` on the same folders.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { openSchemaEngine, withPanicMessage } from './schema-engine';

export const PRISMA_DIR = path.resolve(import.meta.dirname, '../../prisma');
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');
/** The schema as the committed migrations leave it: the starting point of the next diff. */
export const SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, 'schema.snapshot.prisma');

export async function listMigrations(): Promise<MigrationList> {
  const names = existsSync(MIGRATIONS_DIR)
    ? (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: {
            tag: 'ok' as const,
            value: await readFile(path.join(MIGRATIONS_DIR, name, 'migration.sql'), 'utf8'),
          },
        },
      })),
    ),
  };
}

/** What `prisma migrate deploy` does: applies pending migrations, idempotently. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(databaseUrl, [
    [SCHEMA_PATH, await readFile(SCHEMA_PATH, 'utf8')],
  ]);
  const migrationsList = await listMigrations();
  try {
    const result = await withPanicMessage(() =>
      engine.applyMigrations({
        migrationsList,
        filters: { externalTables: [], externalEnums: [] },
      }),
    );
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}

/** SQL that takes a database from the `from` schema to the `to` schema (empty if none). */
export async function diffSchemas(
  databaseUrl: string,
  from: string | null,
  to: string,
): Promise<string> {
  // Diffing two schema texts reads no tables, but the engine insists on a live connection.
  const { engine, close } = await openSchemaEngine(databaseUrl, [['schema.prisma', to]]);
  try {
    const target = (content: string, file: string) => ({
      tag: 'schemaDatamodel' as const,
      files: [{ path: file, content }],
    });
    const result = await withPanicMessage(() =>
      engine.diff({
        from: from === null ? { tag: 'empty' } : target(from, 'snapshot.prisma'),
        to: target(to, 'schema.prisma'),
        script: true,
        exitCode: null,
        filters: { externalTables: [], externalEnums: [] },
      }),
    );
    const sql = result.stdout ?? '';
    return /^\s*(--.*\n?|\s)*$/.test(sql) ? '' : sql;
  } finally {
    await close();
  }
}

/** Writes a new migration folder for what changed since the snapshot; null when nothing did. */
export async function createMigration(
  databaseUrl: string,
  name: string,
  now = new Date(),
): Promise<string | null> {
  const schema = await readFile(SCHEMA_PATH, 'utf8');
  const snapshot = existsSync(SNAPSHOT_PATH) ? await readFile(SNAPSHOT_PATH, 'utf8') : null;
  const sql = await diffSchemas(databaseUrl, snapshot, schema);
  if (!sql) return null;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = `${stamp}_${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')}`;
  await mkdir(path.join(MIGRATIONS_DIR, folder), { recursive: true });
  await writeFile(path.join(MIGRATIONS_DIR, folder, 'migration.sql'), sql);
  await writeFile(path.join(MIGRATIONS_DIR, 'migration_lock.toml'), 'provider = "postgresql"\n');
  await writeFile(SNAPSHOT_PATH, schema);
  return folder;
}
