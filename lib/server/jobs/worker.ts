import 'server-only';
/**
 * The background worker: pg-boss keeps its jobs in PostgreSQL (schema "pgboss"), so they
 * survive restarts and any number of workers, on any machine sharing the database, can run
 * them. Each job is a sweep that claims its own rows atomically (see sweep.ts and outbox.ts),
 * so a job run twice, or by two workers at once, still reminds, expires and sends only once.
 */
import { log, logAs } from '@/lib/server/log/logger';
import { PgBoss } from 'pg-boss';
import { sweepRequests } from '../connections/sweep';
import { gatherDigests } from '../email/digests';
import { deliverEmails } from '../email/outbox';
import { performRun } from '../programs/runs/run-job';
import { trimPoolChanges } from '../suggestions/pool-changes';
import { startHeartbeat } from './heartbeat';
import { JOBS } from './names';

export { JOBS };

const EVERY_MINUTE = '* * * * *';
// Digests are due at 07:00 on each reader's clock; zones differ by quarter hours at most.
const EVERY_QUARTER_HOUR = '*/15 * * * *';
const EVERY_HOUR = '7 * * * *';

export async function startWorker(
  connectionString: string,
  options: { schedule?: boolean } = {},
): Promise<PgBoss> {
  logAs('worker');
  const boss = new PgBoss({ connectionString, schema: 'pgboss' });
  // One line, not the pg client's whole state: when the database stops first (Ctrl-C reaches
  // the embedded server too), every idle connection reports it.
  boss.on('error', (error) => log.error({ err: error.message }, 'Job queue error'));
  await boss.start();
  // The heartbeat goes with the worker: a stopped worker no longer counts for readiness.
  const heartbeat = startHeartbeat();
  boss.on('stopped', () => void heartbeat.stop());
  for (const name of Object.values(JOBS))
    if (!(await boss.getQueue(name))) await boss.createQueue(name);
  if (options.schedule ?? true) {
    await boss.schedule(JOBS.sweepRequests, EVERY_MINUTE);
    await boss.schedule(JOBS.deliverEmails, EVERY_MINUTE);
    await boss.schedule(JOBS.gatherDigests, EVERY_QUARTER_HOUR);
    await boss.schedule(JOBS.trimPoolChanges, EVERY_HOUR);
  }
  await boss.work(JOBS.sweepRequests, async () => {
    await sweepRequests();
  });
  await boss.work(JOBS.deliverEmails, async () => {
    await deliverEmails();
  });
  await boss.work(JOBS.gatherDigests, async () => {
    // The digests go into the outbox; sending them is the outbox's job, asked for at once.
    if ((await gatherDigests()) > 0) await deliverEmails();
  });
  await boss.work(JOBS.trimPoolChanges, async () => {
    await trimPoolChanges();
  });
  // Matching is heavy and runs in a thread of its own: one run at a time per worker.
  await boss.work<{ runId: string }>(JOBS.matchingRun, async ([job]) => {
    if (job) await performRun(job.data.runId);
  });
  return boss;
}
