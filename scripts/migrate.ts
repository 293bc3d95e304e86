/**
 * `npm run db:migrate` applies pending migrations; `npm run db:migration:create -- <name>`
 * writes a new one from the change to prisma/schema.prisma. Both work offline.
 */
import { z } from 'zod';
import { applyMigrations, createMigration } from './db/migrations';
import { provideDatabase } from './db/provide-database';

const args = z
  .union([
    z.tuple([z.literal('apply')]),
    z.tuple([
      z.literal('create'),
      z.string().regex(/^[\w-]+$/, 'a name of letters, digits, - and _'),
    ]),
  ])
  .safeParse(process.argv.slice(2));
if (!args.success) {
  console.error('Usage: npm run db:migrate | npm run db:migration:create -- <name>');
  process.exit(64);
}

const database = await provideDatabase({ kind: 'app' });
try {
  if (args.data[0] === 'apply') {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  } else {
    const folder = await createMigration(database.url, args.data[1]);
    console.log(
      folder ? `Created prisma/migrations/${folder}/migration.sql` : 'No schema change to migrate.',
    );
  }
} finally {
  await database.stop();
}
