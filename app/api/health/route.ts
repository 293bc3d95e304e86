/**
 * Liveness: the process answers. No database, no session, no rate limit, so a probe never
 * restarts a web process because the database is slow (that is `/api/ready`'s question).
 */
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
