import { describe, expect, it } from 'vitest';
import { sendRequest } from '../connections/requests';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';
import { db } from '../db';
import { JOBS, startWorker } from './worker';

describe('the background worker', () => {
  it('runs jobs from PostgreSQL: an e-mail job held for the mailbox without SMTP', async () => {
    const protege = await createProtege();
    const mentor = await createSupporter();
    await sendRequest({
      actor: protege.actor,
      input: { goalId: protege.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
    });
    const boss = await startWorker(process.env.DATABASE_URL!, { schedule: false });
    try {
      await boss.send(JOBS.deliverEmails, {});
      await expect
        .poll(() => db.emailMessage.findFirst({ where: { to: mentor.email } }), {
          timeout: 20_000,
          interval: 250,
        })
        .toMatchObject({ status: 'HELD' });
    } finally {
      await boss.stop({ graceful: false, timeout: 1_000 });
    }
  });
});
