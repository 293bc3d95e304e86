/**
 * `npm run db:backup -- FILE` writes the app's data to FILE (gzip'd, see scripts/db/backup.ts);
 * `npm run db:restore -- FILE` puts it back into an empty database. Both use DATABASE_URL, else
 * the embedded database under .data/ (stop `npm start` first: one runner at a time).
 */
import { z } from 'zod';
import { backupDatabase, restoreDatabase } from './db/backup';
import { provideDatabase } from './db/provide-database';

const args = z
  .tuple([z.enum(['backup', 'restore']), z.string().min(1)])
  .safeParse(process.argv.slice(2));
if (!args.success) {
  console.error('Usage: npm run db:backup -- FILE | npm run db:restore -- FILE');
  process.exit(64);
}
const [command, file] = args.data;
const database = await provideDatabase({ kind: 'app' });
let exitCode = 0;
try {
  if (command === 'backup') {
    const { rows } = await backupDatabase(database.url, file);
    console.log(`Backed up ${rows.toLocaleString('en')} rows to ${file}.`);
  } else {
    await restoreDatabase(database.url, file);
    console.log(`Restored ${file}.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
