import 'server-only';
/**
 * A run's proposals as CSV: /programs/ID/runs/RUN/proposals.csv. Anyone who does not run the
 * program gets 404, as if the run did not exist.
 */
import { notFoundResponse, type RouteHandle } from '@/lib/server/actions/route-handle';
import { exportProposals } from '@/lib/server/programs/runs/export-proposals';

export const exportProposalsCsv: RouteHandle<{ programId: string; runId: string }> = async ({
  actor,
  params: { programId, runId },
}) => {
  if (!actor) return notFoundResponse();
  const csv = await exportProposals({ actor, programId, runId });
  if (csv === null) return notFoundResponse();
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="proposals-${runId}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
};
