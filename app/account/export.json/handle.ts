import 'server-only';
/** Everything the product holds about the caller, as one JSON download; 404 when signed out. */
import { ownData } from '@/lib/server/accounts/own-data';
import { notFoundResponse, type RouteHandle } from '@/lib/server/actions/route-handle';

export const exportOwnData: RouteHandle<object> = async ({ actor }) => {
  if (!actor) return notFoundResponse();
  return new Response(`${JSON.stringify(await ownData({ actor }), null, 2)}\n`, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="pathfinder-my-data.json"',
      'cache-control': 'private, no-store',
    },
  });
};
