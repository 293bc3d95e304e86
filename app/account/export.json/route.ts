/** Everything the product holds about the caller, as one JSON download; 404 when signed out. */
import { getActor } from '@/lib/server/auth/session';
import { ownData } from '@/lib/server/accounts/own-data';

export async function GET() {
  const actor = await getActor();
  if (!actor) return new Response('Not found', { status: 404 });
  return new Response(`${JSON.stringify(await ownData({ actor }), null, 2)}\n`, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="pathfinder-my-data.json"',
      'cache-control': 'private, no-store',
    },
  });
}
