import 'server-only';
/**
 * Asks a worker to send the outbox now rather than at its next minute: someone waiting for a
 * sign-in link is watching their inbox. Best effort: the minute's run sends it anyway.
 */
import { requestLog } from '@/lib/server/log/request-log';
import { enqueue } from '../jobs/queue';
import { JOBS } from '../jobs/names';

export async function deliverSoon(): Promise<void> {
  try {
    await enqueue(JOBS.deliverEmails, {});
  } catch (error) {
    (await requestLog()).warn(
      { err: error },
      'Could not ask for the e-mail to go now; it goes within a minute.',
    );
  }
}
