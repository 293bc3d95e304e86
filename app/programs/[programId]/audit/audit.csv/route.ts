/**
 * The program's audit log as CSV: /programs/ID/audit/audit.csv, optionally ?action=NAME. Anyone
 * who does not run the program gets 404, as if it did not exist.
 */
import { auditToCsv } from '@/lib/core/programs/audit-csv';
import { getActor } from '@/lib/server/auth/session';
import { exportAudit } from '@/lib/server/programs/audit';

const notFound = () => new Response('Not found', { status: 404 });

export async function GET(
  request: Request,
  { params }: { params: Promise<{ programId: string }> },
) {
  const { programId } = await params;
  const actor = await getActor();
  if (!actor) return notFound();
  const action = new URL(request.url).searchParams.get('action');
  const entries = await exportAudit({ actor, programId, action });
  if (entries === null) return notFound();
  return new Response(auditToCsv(entries), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-${programId}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
