import { defineConfig } from 'prisma/config';

// The connection URL lives here, not in the schema (Prisma 7). The embedded database runner
// sets DATABASE_URL for every command it starts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
