import 'server-only';
/**
 * One dashboard table as CSV: /programs/ID/health/NAME.csv. Anyone who does not run the
 * program, and any unknown table, gets 404, as if neither existed.
 */
import { tableToCsv } from '@/lib/core/programs/health/csv';
import { healthTables, isoDate, isTableName } from '@/lib/core/programs/health/tables';
import { notFoundResponse, type RouteHandle } from '@/lib/server/actions/route-handle';
import { programHealth } from '@/lib/server/programs/health/program-health';

export const exportHealthTable: RouteHandle<{ programId: string; table: string }> = async ({
  actor,
  params: { programId, table },
}) => {
  const name = table.endsWith('.csv') ? table.slice(0, -'.csv'.length) : '';
  if (!isTableName(name)) return notFoundResponse();
  if (!actor) return notFoundResponse();
  const health = await programHealth({ actor, programId });
  if (!health) return notFoundResponse();
  // A byte-order mark so spreadsheet programs read the accents in names as UTF-8.
  return new Response(`\uFEFF${tableToCsv(healthTables(health)[name])}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}-${isoDate(health.asOf)}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
};
