/**
 * Runs scipy_peer.py on one instance (written to a temp file as raw int32s, which numpy reads
 * without parsing) and returns its answer, or why it was skipped.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { AssignmentProblem } from '@/lib/core/matching/assignment';
import { withInstanceFile } from './instance-file';

export interface PeerResult {
  matched: number;
  total: number;
  ms: number;
  /** CPU time of the same call. */
  cpuMs: number;
  peakMb: number;
}

export type PeerMethod = 'lsa' | 'sparse';

export function runScipy(
  problem: AssignmentProblem,
  method: PeerMethod,
): PeerResult | { skipped: string } {
  return withInstanceFile(problem, (file) => {
    const script = join(import.meta.dirname, 'scipy_peer.py');
    const run = spawnSync('python3', [script, file, method], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    if (run.status !== 0)
      return {
        skipped: `scipy failed: ${(run.stderr || String(run.error)).trim().split('\n').pop()}`,
      };
    return JSON.parse(run.stdout) as PeerResult;
  });
}
