/**
 * Gap: the authorisation walk called route handlers only as signed-in callers, so a download
 * that forgot the signed-out case would have passed. Every route now hands its session to a
 * handle (actorRoute), and each download answers someone signed out with a bare 404.
 */
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../authorization/calls';
import { buildWorld } from '../authorization/world';

describe('downloads for someone signed out', () => {
  it('are all a bare 404, the same as for a program that does not exist', async () => {
    const world = await buildWorld();
    const routes = Object.entries(ROUTES);
    expect(routes.length).toBeGreaterThanOrEqual(6);
    for (const [route, call] of routes) {
      const response = await call(world, null);
      expect({ route, status: response.status, body: await response.text() }).toEqual({
        route,
        status: 404,
        body: 'Not found',
      });
    }
  });
});
