/**
 * Readiness: 200 when the database answers, the release's migrations are applied and a worker
 * was seen lately; 503 with the failing check otherwise. Open to anyone, like `/api/health`:
 * it says nothing about people, only which of three checks fails.
 */
import { checkReadiness } from '@/lib/server/health/readiness';

export const dynamic = 'force-dynamic';

export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(
    { status: readiness.ready ? 'ready' : 'not ready', checks: readiness.checks },
    { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
