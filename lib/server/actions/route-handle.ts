import 'server-only';
/**
 * What a route handler's handle is: the caller (null when signed out), the request and the
 * route's params in, a Response out. The handle decides who it serves and answers 404 to
 * everyone else, as if the thing did not exist. Apart from actor-route.ts, which reads the
 * session, so that tests can call a handle without Auth.js and a request's cookies.
 */
import type { Actor } from '../auth/session';

export interface RouteCall<Params> {
  actor: Actor | null;
  request: Request;
  params: Params;
}

export type RouteHandle<Params> = (call: RouteCall<Params>) => Promise<Response>;

export const notFoundResponse = () => new Response('Not found', { status: 404 });
