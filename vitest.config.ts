import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('.', import.meta.url)) };
// Tests import lib/server modules directly, outside Next's bundler, where the real
// `server-only` package would throw; an empty module stands in for it there.
const serverAlias = {
  ...alias,
  'server-only': fileURLToPath(new URL('./test/server-only-shim.ts', import.meta.url)),
};

// Two projects: `unit` is pure and fast (lib/core, validation); `db` talks to a real
// PostgreSQL that scripts/with-database.ts provides, each file on a copy of a migrated
// template of its own (test/db/database-per-file.ts).
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias: serverAlias },
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.ts',
            'scripts/**/*.test.ts',
            'prisma/**/*.test.ts',
            'eslint/**/*.test.ts',
          ],
          exclude: ['**/*.db.test.ts', 'node_modules/**'],
        },
      },
      {
        resolve: { alias: serverAlias },
        test: {
          name: 'db',
          include: [
            'lib/**/*.db.test.ts',
            'scripts/**/*.db.test.ts',
            'prisma/**/*.db.test.ts',
            // The security regression suite: one test per attack that once worked.
            'test/security/*.db.test.ts',
          ],
          setupFiles: ['test/db/database-per-file.ts'],
          // Files no longer share a database, so two run at once: the tests wait on PostgreSQL
          // much of the time, and on two cores this takes about 40 s where one at a time took 52.
          fileParallelism: true,
          maxWorkers: 2,
          env: {
            AUTH_SECRET: 'database-tests-only-secret-0123456789abcdef',
            PLATFORM_ADMIN_EMAIL: 'first-admin@example.test',
            // No mail server unless a test starts its own: a developer's SMTP_URL never
            // receives test mail, and mail is held for the mailbox (empty means not set).
            SMTP_URL: '',
          },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
