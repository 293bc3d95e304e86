import 'server-only';
/**
 * Route handlers the way server actions go through `userAction`: the route file only reads
 * the session and hands the caller, signed in or not (null), to a handle (route-handle.ts)
 * that decides. So the authorisation walk (who-may-call.db.test.ts) calls the very same
 * handle as every kind of caller, signed-out included, without a request's cookies; and it
 * checks on the source that each route is built this way.
 */
import { getActor } from '../auth/session';
import type { RouteHandle } from './route-handle';

export function actorRoute<Params>(handle: RouteHandle<Params>) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> =>
    handle({ actor: await getActor(), request, params: await context.params });
}
