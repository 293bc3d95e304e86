import 'server-only';
/**
 * A worker's sign of life: its row in WorkerHeartbeat, written at start and every half
 * minute, removed when it stops. Readiness (lib/server/health) reads it to know that someone
 * will run the jobs a request queues.
 */
import { log } from '@/lib/server/log/logger';
import { hostname } from 'node:os';
import { db } from '../db';

export const HEARTBEAT_EVERY_MS = 30_000;

export function startHeartbeat(): { stop: () => Promise<void> } {
  const id = `${hostname()}:${process.pid}`;
  const beat = () =>
    db.workerHeartbeat
      .upsert({ where: { id }, create: { id }, update: { seenAt: new Date() } })
      .catch((error: Error) => log.error({ err: error.message }, 'Worker heartbeat failed'));
  void beat();
  const timer = setInterval(() => void beat(), HEARTBEAT_EVERY_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await db.workerHeartbeat.deleteMany({ where: { id } }).catch(() => undefined);
    },
  };
}
