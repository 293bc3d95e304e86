/**
 * Starts an embedded PostgreSQL in the given folder, prints its URL, and waits to be killed:
 * the stand-in for an `npm start` that dies without cleaning up.
 * Usage: tsx test/db/hold-database.ts <dataDir> <port>
 */
import { startEmbeddedDatabase } from '@/scripts/db/embedded-database';

const [dataDir = '', port = ''] = process.argv.slice(2);
const database = await startEmbeddedDatabase({ dataDir, port: Number(port), databaseName: 'held' });
console.log(`ready ${database.url}`);
setInterval(() => {}, 60_000);
