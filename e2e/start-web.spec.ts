/**
 * The production web entry point (`npm run start:web`, what a container runs) serves the build
 * on its own: no build step, no migrations, no worker of its own. Here it runs beside the test
 * server on the same database, whose worker it then counts as ready.
 */
import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { E2E_AUTH_SECRET } from './support/auth-secret';

// Clear of the test server's own three ports (app, OpenID, SMTP).
const PORT = Number(process.env.E2E_PORT ?? 3100) + 5;

test('npm run start:web serves the build and answers the probes', async ({ request }) => {
  test.setTimeout(90_000);
  const web = spawn('npm', ['run', '--silent', 'start:web'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      AUTH_SECRET: E2E_AUTH_SECRET,
      AUTH_URL: `http://localhost:${PORT}`,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  try {
    const base = `http://localhost:${PORT}`;
    await expect
      .poll(async () => (await request.get(`${base}/api/ready`).catch(() => null))?.status(), {
        timeout: 60_000,
      })
      .toBe(200);
    expect(await (await request.get(`${base}/api/health`)).json()).toEqual({ status: 'ok' });
    const signIn = await request.get(`${base}/sign-in`);
    expect(signIn.status()).toBe(200);
    expect(await signIn.text()).toContain('Sign in');
  } finally {
    process.kill(-web.pid!, 'SIGTERM');
  }
});

test('npm run start:web refuses to start without its settings, and says which', async () => {
  const web = spawn('npm', ['run', '--silent', 'start:web'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said = '';
  web.stdout.on('data', (chunk: Buffer) => (said += chunk.toString()));
  web.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => web.on('exit', resolve));
  expect(code).toBe(2);
  expect(said).toContain('DATABASE_URL');
});
