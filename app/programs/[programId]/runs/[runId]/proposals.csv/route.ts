/**
 * A run's proposals as CSV: /programs/ID/runs/RUN/proposals.csv. Anyone who does not run the
 * program gets 404, as if the run did not exist.
 */
import { getActor } from '@/lib/server/auth/session';
import { exportProposals } from '@/lib/server/programs/runs/export-proposals';

const notFound = () => new Response('Not found', { status: 404 });

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ programId: string; runId: string }> },
) {
  const { programId, runId } = await params;
  const actor = await getActor();
  if (!actor) return notFound();
  const csv = await exportProposals({ actor, programId, runId });
  if (csv === null) return notFound();
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="proposals-${runId}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
