/**
 * The demo app as the page benchmarks measure it: migrations and the demo people on the
 * database the script was given (`scripts/with-database.ts`), the production build (built
 * first when a source is newer), served on a port of its own, and signed-in cookies for any
 * demo account without the sign-in form. Shared by `bench:pages` and `bench:lighthouse`.
 */
import { createPrismaClient, type Db } from '@/lib/node/prisma-client';
import { needsBuild } from '../app/needs-build';
import { buildNext, startNext, stopNext } from '../app/next-process';
import { prepareDemoData } from '../app/prepare-demo-data';
import { applyMigrations } from '../db/migrations';
import { PROJECT_DIR } from '../db/provide-database';
import { forgeSession } from './sessions';

export interface DemoServer {
  base: string;
  prisma: Db;
  /** A session for the account with this e-mail, as the `cookie` header a browser sends. */
  signIn(email: string): Promise<{ user: { id: string }; cookie: string }>;
  stop(): Promise<void>;
}

/** The server's readiness is polled this often, up to two minutes. */
const POLL_MS = 500;
const POLLS = 240;

export async function startDemoServer(options: {
  port: number;
  secret: string;
}): Promise<DemoServer> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Run under scripts/with-database.ts, which provides DATABASE_URL.');
  const base = `http://localhost:${options.port}`;
  await applyMigrations(url);
  process.env.DEMO_DATA = 'on';
  await prepareDemoData(url);
  const prisma = createPrismaClient(url);
  const env = {
    ...process.env,
    AUTH_SECRET: options.secret,
    AUTH_URL: base,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (needsBuild(PROJECT_DIR) && !(await buildNext(env))) throw new Error('the build failed');
  const server = startNext('start', options.port, env, { ownGroup: true });
  await waitUntilUp(base);
  return {
    base,
    prisma,
    async signIn(email) {
      const user = await prisma.user.findUniqueOrThrow({ where: { email } });
      const { name, value } = await forgeSession(prisma, user, options.secret);
      return { user, cookie: `${name}=${value}` };
    },
    async stop() {
      await stopNext(server);
      await prisma.$disconnect();
    },
  };
}

async function waitUntilUp(base: string): Promise<void> {
  for (let tries = 0; tries < POLLS; tries++) {
    const up = await fetch(`${base}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error('the server did not start');
}
