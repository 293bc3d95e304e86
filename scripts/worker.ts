/**
 * `npm run worker`: one more background worker (matching runs, reminders, expiry, e-mail) on the database
 * in DATABASE_URL. `npm start` runs one already; start more here, on this machine or others
 * sharing the database. Runs with the react-server condition, as the app's server code does.
 */
import { startWorker } from '@/lib/server/jobs/worker';
import { log, logAs } from '@/lib/server/log/logger';

const url = process.env.DATABASE_URL;
if (!url) {
  logAs('worker');
  log.fatal('Set DATABASE_URL to the database the app uses.');
  process.exit(2);
}
const boss = await startWorker(url);
log.info('Worker started: matching runs as they come; reminders, expiry and e-mail every minute.');
const stop = async () => {
  await boss.stop({ graceful: true, timeout: 10_000 });
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
