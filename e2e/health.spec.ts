/**
 * The probes a deployment asks, over real HTTP with no session: the process is alive, and it
 * is ready once the database answers, migrations are applied and a worker beats.
 */
import { expect, test } from '@playwright/test';

test('answers liveness and readiness without a session', async ({ request }) => {
  const alive = await request.get('/api/health');
  expect(alive.status()).toBe(200);
  expect(await alive.json()).toEqual({ status: 'ok' });
  expect(alive.headers()['cache-control']).toBe('no-store');

  await expect
    .poll(async () => (await request.get('/api/ready')).status(), { timeout: 30_000 })
    .toBe(200);
  expect(await (await request.get('/api/ready')).json()).toEqual({
    status: 'ready',
    checks: { database: 'ok', migrations: 'ok', worker: 'ok' },
  });
});
