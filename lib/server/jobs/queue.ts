import 'server-only';
/**
 * Putting a job on the queue from the web process. The web process only sends: it starts a
 * pg-boss instance without maintenance or schedules (the workers do those), once per process.
 */
import { log } from '@/lib/server/log/logger';
import { PgBoss } from 'pg-boss';
import { env } from '../env';

const holder = globalThis as unknown as { jobSender?: Promise<PgBoss> };

function sender(): Promise<PgBoss> {
  holder.jobSender ??= (async () => {
    const boss = new PgBoss({
      connectionString: env().DATABASE_URL,
      schema: 'pgboss',
      supervise: false,
      schedule: false,
    });
    boss.on('error', (error) => log.error({ err: error.message }, 'Job queue error'));
    await boss.start();
    return boss;
  })();
  return holder.jobSender;
}

export async function enqueue(queue: string, data: object): Promise<void> {
  const boss = await sender();
  if (!(await boss.getQueue(queue))) await boss.createQueue(queue);
  await boss.send(queue, data);
}
