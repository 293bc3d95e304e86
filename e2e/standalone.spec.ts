/**
 * What the container image runs (decision 023): the standalone output of the build the test
 * server uses, copied out of the project so that nothing resolves from the project's own
 * node_modules, served by the bundled web server with plain Node (no tsx) and only the
 * settings a container gets. It runs beside the test server on the same database, whose
 * worker it then counts as ready. Containers cannot be built on our machines; this is what CI
 * checks instead.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '@/lib/node/prisma-client';
import { createTestUser, TEST_PASSWORD } from '@/scripts/support/people';
import { expect, test } from './support/fixtures';
import { E2E_AUTH_SECRET } from './support/auth-secret';

// Clear of the test server's three ports and start-web.spec.ts's.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 6;
const base = `http://localhost:${PORT}`;

let image = '';
test.beforeAll(() => {
  image = mkdtempSync(path.join(os.tmpdir(), 'pathfinder-standalone-'));
  cpSync(path.join(process.cwd(), '.next', 'standalone'), image, {
    recursive: true,
    verbatimSymlinks: true,
  });
});
test.afterAll(() => rmSync(image, { recursive: true, force: true }));

/** The settings a container gets. */
const containerSettings = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  NODE_ENV: 'production' as const,
  DATABASE_URL: process.env.DATABASE_URL,
  AUTH_SECRET: E2E_AUTH_SECRET,
  AUTH_URL: base,
});

const startImage = (env: NodeJS.ProcessEnv, stdio: SpawnOptions['stdio']) =>
  spawn(process.execPath, ['web-server.mjs', 'start', '--port', String(PORT)], {
    cwd: image,
    env,
    stdio,
  });

test('the standalone output refuses to start on a missing setting, and names it', async () => {
  test.setTimeout(60_000);
  const settings = containerSettings();
  delete settings.AUTH_SECRET;
  const web = startImage(settings, ['ignore', 'ignore', 'pipe']);
  let said = '';
  web.stderr?.on('data', (chunk: Buffer) => (said += chunk.toString()));
  const code = await new Promise((resolve) => web.once('exit', resolve));
  expect(code).toBe(2);
  expect(said).toContain('Invalid server configuration');
  expect(said).toContain('AUTH_SECRET');
});

test('the standalone output serves the app on its own', async ({ page, request }) => {
  test.setTimeout(120_000);
  const web = startImage(containerSettings(), ['ignore', 'inherit', 'inherit']);
  const prisma = createPrismaClient(process.env.DATABASE_URL!);
  try {
    await expect
      .poll(async () => (await request.get(`${base}/api/ready`).catch(() => null))?.status(), {
        timeout: 60_000,
      })
      .toBe(200);
    // The migrations folder is shipped in the output, so readiness compares it.
    expect(await (await request.get(`${base}/api/ready`)).json()).toMatchObject({
      checks: { database: 'ok', migrations: 'ok', worker: 'ok' },
    });
    expect(await (await request.get(`${base}/api/health`)).json()).toEqual({ status: 'ok' });

    const signIn = await request.get(`${base}/sign-in`);
    expect(signIn.status()).toBe(200);
    const html = await signIn.text();
    expect(html).toContain('Sign in');
    // The static files Next leaves out of the trace were copied in.
    const asset = html.match(/\/_next\/static\/[^"']+\.(?:js|css)/)?.[0];
    expect(asset, 'a static asset on the sign-in page').toBeDefined();
    expect((await request.get(`${base}${asset}`)).status()).toBe(200);

    // Signing in through the form hashes with the traced native argon2 and writes a session.
    const person = await createTestUser(prisma);
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('E-mail', { exact: true }).fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).not.toHaveURL(/\/sign-in/);
    await page.goto(`${base}/goals`);
    await expect(page).toHaveURL(`${base}/goals`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  } finally {
    // Before the server goes, or the page's prefetches fail and count as console errors.
    await page.close();
    if (web.exitCode === null) {
      const exited = new Promise((resolve) => web.once('exit', resolve));
      web.kill('SIGTERM');
      await exited;
    }
    await prisma.$disconnect();
  }
});
