/**
 * A worker thread's entry: runs the engine on the input it was started with and posts each
 * stage, then the answer. A thread, not the job's own event loop, so that the job can write
 * progress and obey "cancel" (by terminating the thread) while the engine computes
 * (lib/server/programs/runs/engine-in-thread.ts starts it). It lives in lib/node because tsx
 * loads it outside Next and without the react-server condition, where `server-only` throws;
 * it holds no server code and imports only the pure engine and its helper threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runEngineWith, type EngineInput } from '@/lib/core/programs/runs/engine';
import { assignCohortInThreads } from '@/lib/node/matching/threaded-assign';

const port = parentPort;
if (!port) throw new Error('engine-thread.ts runs only as a worker thread');
// The score table is filled with helper threads of this one (every core but this one's).
const result = await runEngineWith(
  workerData as EngineInput,
  (stage) => port.postMessage({ stage }),
  assignCohortInThreads,
);
port.postMessage({ result });
