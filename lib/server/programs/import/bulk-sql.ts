import 'server-only';
/**
 * Bulk writes for imports and a run's proposals: each chunk of rows travels as ONE JSON parameter that PostgreSQL
 * unpacks with `json_populate_recordset` (which also reads JSON arrays and strings into the
 * table's text[], jsonb and enum columns). `createMany` through the driver adapter spends about
 * half a millisecond of CPU per row building its statement; this writes thousands in a few ms.
 * Table and column names come from this module's callers, never from the uploaded file.
 */
import type { Prisma } from '@/lib/generated/prisma/client';

type Executor = Pick<Prisma.TransactionClient, '$executeRawUnsafe'>;
type Table =
  | 'Organisation'
  | 'Function'
  | 'User'
  | 'Profile'
  | 'Experience'
  | 'Goal'
  | 'ProgramMember'
  | 'Proposal'
  | 'ProgramOrganisation'
  | 'VerificationToken'
  | 'EmailMessage';

const CHUNK_SIZE = 2000;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function inChunks(tx: Executor, sql: string, rows: readonly object[]): Promise<number> {
  let written = 0;
  for (let start = 0; start < rows.length; start += CHUNK_SIZE)
    written += await tx.$executeRawUnsafe(
      sql,
      JSON.stringify(rows.slice(start, start + CHUNK_SIZE)),
    );
  return written;
}

export interface InsertOptions {
  /** Columns set to now(): Prisma fills @updatedAt itself, so those columns have no default. */
  stamped?: readonly string[];
  /** Skip rows that clash with a unique key, or update them on the given key. */
  onConflict?: 'skip' | { updateOn: readonly string[] };
}

/** Inserts rows that all have the keys of the first; other columns take their defaults. */
export async function insertRows(
  tx: Executor,
  table: Table,
  rows: readonly object[],
  { stamped = [], onConflict }: InsertOptions = {},
): Promise<number> {
  const first = rows[0];
  if (!first) return 0;
  const columns = Object.keys(first);
  const names = [...columns, ...stamped].map(quote);
  let sql =
    `INSERT INTO ${quote(table)} (${names.join(', ')}) ` +
    `SELECT ${[...columns.map((c) => `r.${quote(c)}`), ...stamped.map(() => 'now()')].join(', ')} ` +
    `FROM json_populate_recordset(NULL::${quote(table)}, $1::json) r`;
  if (onConflict === 'skip') sql += ' ON CONFLICT DO NOTHING';
  else if (onConflict) {
    const key = onConflict.updateOn;
    const set = [...columns, ...stamped].filter((column) => !key.includes(column));
    sql +=
      ` ON CONFLICT (${key.map(quote).join(', ')}) DO UPDATE SET ` +
      set.map((column) => `${quote(column)} = EXCLUDED.${quote(column)}`).join(', ');
  }
  return inChunks(tx, sql, rows);
}

/** Sets every column of each row but `key` on the row with that key. */
export async function updateRows(
  tx: Executor,
  table: Table,
  key: string,
  rows: readonly object[],
  stamped: readonly string[] = [],
): Promise<number> {
  const first = rows[0];
  if (!first) return 0;
  const columns = Object.keys(first).filter((column) => column !== key);
  const set = [
    ...columns.map((column) => `${quote(column)} = r.${quote(column)}`),
    ...stamped.map((column) => `${quote(column)} = now()`),
  ];
  const sql =
    `UPDATE ${quote(table)} t SET ${set.join(', ')} ` +
    `FROM json_populate_recordset(NULL::${quote(table)}, $1::json) r ` +
    `WHERE t.${quote(key)} = r.${quote(key)}`;
  return inChunks(tx, sql, rows);
}
