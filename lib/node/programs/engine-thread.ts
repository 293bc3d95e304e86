/**
 * A worker thread's entry: runs the engine on the input it was started with and posts each
 * stage, then the answer. A thread, not the job's own event loop, so that the job can write
 * progress and obey "cancel" (by terminating the thread) while the engine computes
 * (lib/server/programs/runs/engine-in-thread.ts starts it). It lives in lib/node because tsx
 * loads it outside Next and without the react-server condition, where `server-only` throws;
 * it holds no server code and imports only the pure engine.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runEngine, type EngineInput } from '@/lib/core/programs/runs/engine';

const port = parentPort;
if (!port) throw new Error('engine-thread.ts runs only as a worker thread');
const result = runEngine(workerData as EngineInput, (stage) => port.postMessage({ stage }));
port.postMessage({ result });
