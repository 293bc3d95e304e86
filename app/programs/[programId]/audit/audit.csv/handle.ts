import 'server-only';
/**
 * The program's audit log as CSV: /programs/ID/audit/audit.csv, optionally ?action=NAME. Anyone
 * who does not run the program gets 404, as if it did not exist.
 */
import { auditToCsv } from '@/lib/core/programs/audit-csv';
import { notFoundResponse, type RouteHandle } from '@/lib/server/actions/route-handle';
import { exportAudit } from '@/lib/server/programs/audit';

export const exportAuditCsv: RouteHandle<{ programId: string }> = async ({
  actor,
  request,
  params: { programId },
}) => {
  if (!actor) return notFoundResponse();
  const action = new URL(request.url).searchParams.get('action');
  const entries = await exportAudit({ actor, programId, action });
  if (entries === null) return notFoundResponse();
  return new Response(auditToCsv(entries), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-${programId}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
};
