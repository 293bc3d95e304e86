/**
 * EXPLAIN (FORMAT JSON) of a captured query with its own parameters, and the sequential
 * scans in its plan on tables larger than a threshold: the missing indexes a page would pay
 * for on a large company.
 */
import type { Client } from 'pg';
import type { CapturedQuery } from './capture';

export interface SeqScan {
  table: string;
  rows: number;
  /** The planner's estimate of the rows the scan keeps: near `rows`, the query wants the table. */
  kept: number;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Plan Rows': number;
  Plans?: PlanNode[];
}

export async function tableSizes(client: Client): Promise<Map<string, number>> {
  // Exact counts: the figures are the point, and reltuples is stale right after a seed.
  const tables = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND n.nspname = current_schema()`,
  );
  const sizes = new Map<string, number>();
  for (const { name } of tables.rows) {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`,
    );
    sizes.set(name, Number(rows[0]!.n));
  }
  return sizes;
}

export async function seqScansOf(
  client: Client,
  query: CapturedQuery,
  sizes: Map<string, number>,
  threshold: number,
): Promise<{ scans: SeqScan[]; ms: number | null } | { error: string }> {
  // Reads are also run (ANALYZE) for their execution time; writes are only planned.
  const read =
    /^\s*(SELECT|WITH)\b/i.test(query.sql) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(query.sql);
  try {
    const { rows } = await client.query<{
      'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time'?: number }];
    }>(`EXPLAIN (${read ? 'ANALYZE, ' : ''}FORMAT JSON) ${query.sql}`, query.params);
    const found: SeqScan[] = [];
    const walk = (node: PlanNode) => {
      const table = node['Relation Name'];
      if (node['Node Type'] === 'Seq Scan' && table) {
        const size = sizes.get(table) ?? 0;
        if (size > threshold) found.push({ table, rows: size, kept: node['Plan Rows'] });
      }
      node.Plans?.forEach(walk);
    };
    const [plan] = rows[0]!['QUERY PLAN'];
    walk(plan.Plan);
    return { scans: found, ms: plan['Execution Time'] ?? null };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
