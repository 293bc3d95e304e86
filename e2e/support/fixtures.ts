/**
 * Browser-test fixtures. `signIn` makes a new person in the database and gives the browser
 * their session cookie directly, and `signInAs` does the same for someone who exists already
 * (the sign-up and sign-in forms have tests of their own). Either way the session is a real
 * one, with the server-side record the app checks. Any console error or uncaught
 * exception on a page fails the test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { createPrismaClient, type Db } from '@/lib/node/prisma-client';
import { createTestUser } from '@/scripts/support/people';
import { forgeSession } from '@/scripts/support/sessions';
import { E2E_AUTH_SECRET } from './auth-secret';

type TestUser = Awaited<ReturnType<typeof createTestUser>>;
type SessionUser = { id: string; name: string; email: string };

export const test = base.extend<
  {
    signIn: (page?: Page) => Promise<TestUser>;
    /** Signs in someone new who is a platform admin: who creates programs. */
    signInPlatformAdmin: (page?: Page) => Promise<TestUser>;
    /** Signs a page in as someone who exists already (imported people, for instance). */
    signInAs: (page: Page, user: SessionUser) => Promise<void>;
    consoleErrors: string[];
  },
  { prisma: Db }
>({
  prisma: [
    async ({}, use) => {
      const prisma = createPrismaClient(process.env.DATABASE_URL!);
      await use(prisma);
      await prisma.$disconnect();
    },
    { scope: 'worker' },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.text()} (on ${page.url()})`);
      });
      page.on('pageerror', (error) => errors.push(`${error.message} (on ${page.url()})`));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
  signIn: async ({ page, prisma, baseURL }, use) => {
    await use(async (target = page) => {
      const user = await createTestUser(prisma);
      await giveSession(prisma, target, user, baseURL!);
      return user;
    });
  },
  signInPlatformAdmin: async ({ page, prisma, baseURL }, use) => {
    await use(async (target = page) => {
      const user = await createTestUser(prisma);
      await prisma.user.update({ where: { id: user.id }, data: { isPlatformAdmin: true } });
      await giveSession(prisma, target, user, baseURL!);
      return user;
    });
  },
  signInAs: async ({ prisma, baseURL }, use) => {
    await use((target, user) => giveSession(prisma, target, user, baseURL!));
  },
});

/** The browser of `target` becomes signed in as `user`, with a session of its own. */
async function giveSession(prisma: Db, target: Page, user: SessionUser, baseURL: string) {
  const { name, value } = await forgeSession(prisma, user, E2E_AUTH_SECRET);
  await target.context().addCookies([{ name, value, url: baseURL }]);
}

export { expect };
