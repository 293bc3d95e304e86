/**
 * One dashboard table as CSV: /programs/ID/health/NAME.csv. Anyone who does not run the
 * program, and any unknown table, gets 404, as if neither existed.
 */
import { getActor } from '@/lib/server/auth/session';
import { tableToCsv } from '@/lib/core/programs/health/csv';
import { programHealth } from '@/lib/server/programs/health/program-health';
import { healthTables, isoDate, isTableName } from '@/lib/core/programs/health/tables';

const notFound = () => new Response('Not found', { status: 404 });

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ programId: string; table: string }> },
) {
  const { programId, table } = await params;
  const name = table.endsWith('.csv') ? table.slice(0, -'.csv'.length) : '';
  if (!isTableName(name)) return notFound();
  const actor = await getActor();
  if (!actor) return notFound();
  const health = await programHealth({ actor, programId });
  if (!health) return notFound();
  // A byte-order mark so spreadsheet programs read the accents in names as UTF-8.
  return new Response(`\uFEFF${tableToCsv(healthTables(health)[name])}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}-${isoDate(health.asOf)}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
