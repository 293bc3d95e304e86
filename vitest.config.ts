import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('.', import.meta.url)) };

// Two projects: `unit` is pure and fast (lib/core, validation); `db` talks to a real
// PostgreSQL that scripts/with-database.ts provides through DATABASE_URL.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'prisma/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', 'node_modules/**'],
        },
      },
      {
        resolve: { alias: { ...alias, 'server-only': fileURLToPath(new URL('./lib/server/testing/server-only-shim.ts', import.meta.url)) } },
        test: {
          name: 'db',
          include: ['lib/**/*.db.test.ts', 'scripts/**/*.db.test.ts', 'prisma/**/*.db.test.ts'],
          fileParallelism: false,
          env: { AUTH_SECRET: 'database-tests-only-secret-0123456789abcdef', PLATFORM_ADMIN_EMAIL: 'first-admin@example.test' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
