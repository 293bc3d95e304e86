import 'server-only';
/**
 * Starts the engine in a worker thread. The thread loads its entry
 * (lib/node/programs/engine-thread.ts) through tsx's API, as the worker process loads
 * everything, so it runs the TypeScript sources directly (Node 20 does not pass `--import tsx`
 * on to threads). The entry is found from this file's own URL: only the worker process (tsx,
 * from the sources) runs matching, never Next's bundle, so the path holds in development, in
 * production and in tests alike.
 */
import { Worker } from 'node:worker_threads';
import type { EngineInput, EngineResult, EngineStage } from '@/lib/core/programs/runs/engine';

export interface EngineThread {
  result: Promise<EngineResult>;
  /** Stops the computation at once; `result` then rejects with EngineStopped. */
  stop: () => Promise<void>;
}

export class EngineStopped extends Error {
  constructor() {
    super('The matching was stopped.');
  }
}

export function startEngineThread(
  input: EngineInput,
  onStage: (stage: EngineStage) => void,
): EngineThread {
  const entry = JSON.stringify(
    new URL('../../../node/programs/engine-thread.ts', import.meta.url).href,
  );
  const thread = new Worker(
    `import('tsx/esm/api').then(({ tsImport }) => tsImport(${entry}, ${entry}));`,
    { eval: true, workerData: input },
  );
  let stopped = false;
  const result = new Promise<EngineResult>((resolve, reject) => {
    thread.on('message', (message: { stage?: EngineStage; result?: EngineResult }) => {
      if (message.stage) onStage(message.stage);
      if (message.result) resolve(message.result);
    });
    thread.on('error', reject);
    thread.on('exit', (code) => {
      if (stopped) reject(new EngineStopped());
      else if (code !== 0) reject(new Error(`The matching thread stopped with code ${code}.`));
    });
  });
  return {
    result,
    stop: async () => {
      stopped = true;
      await thread.terminate();
    },
  };
}
