/**
 * Empties every application table (all but Prisma's migration history) before a reload.
 * Listing the tables from the catalogue keeps this right as the schema grows.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';

export async function truncateAllTables(prisma: PrismaClient): Promise<string[]> {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'
    ORDER BY tablename`;
  const names = tables.map((table) => table.tablename);
  if (names.length === 0) return [];
  const quoted = names.map((name) => `"${name.replace(/"/g, '""')}"`).join(', ');
  // The names come from the catalogue and are quoted, so building the statement is safe.
  await prisma.$executeRawUnsafe(`TRUNCATE TABLE ${quoted} RESTART IDENTITY CASCADE`);
  return names;
}
