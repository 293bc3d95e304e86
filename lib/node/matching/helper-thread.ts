/**
 * Starts a cohort helper thread (cohort-helper-thread.ts). Run from the command-line bundle
 * (scripts/cli/launch.mjs), this module is inside a bundle and the helper is its sibling
 * bundle, built with it; run from the sources (tsx: tests, benchmarks, the program-run job),
 * the helper loads its TypeScript entry through tsx's API, as engine-in-thread.ts does.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ScoreAnswer, ScoreRequest } from './helper-protocol';

/** The folder of the bundle this module runs from, or null when it runs from its source. */
function bundledFrom(): string | null {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.mjs') ? dirname(here) : null;
}

/** The helper's bundle name, which the launcher builds beside every bundle that starts it. */
const HELPER_BUNDLE = 'cohort-helper';

export function startHelperThread(bundleFolder = bundledFrom()): Worker {
  if (bundleFolder) return new Worker(join(bundleFolder, `${HELPER_BUNDLE}.mjs`));
  const entry = JSON.stringify(new URL('./cohort-helper-thread.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${entry}, ${entry}));`, {
    eval: true,
  });
}

/** Asks a helper to score; resolves with the rows it scored once none is left to take. */
export function askToScore(thread: Worker, request: ScoreRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    thread.once('message', (answer: ScoreAnswer) =>
      'failed' in answer
        ? reject(new Error(`a matching helper failed: ${answer.failed}`))
        : resolve(answer.scored),
    );
    thread.once('error', reject);
    thread.postMessage(request);
  });
}
