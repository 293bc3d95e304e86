/**
 * Runs scipy_peer.py on one instance (written to a temp file as raw int32s, which numpy reads
 * without parsing) and returns its answer, or why it was skipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AssignmentProblem } from '@/lib/core/matching/assignment';

export interface PeerResult {
  matched: number;
  total: number;
  ms: number;
  peakMb: number;
}

export type PeerMethod = 'lsa' | 'sparse';

export function runScipy(
  problem: AssignmentProblem,
  method: PeerMethod,
): PeerResult | { skipped: string } {
  const { proteges, supporters, capacity, edgeRow, edgeCol, edgeScore } = problem;
  const header = Int32Array.of(proteges, supporters, edgeRow.length);
  const dir = mkdtempSync(join(tmpdir(), 'bench-match-'));
  const file = join(dir, 'instance.bin');
  const parts = [header, Int32Array.from(capacity), edgeRow, edgeCol, edgeScore];
  writeFileSync(
    file,
    Buffer.concat(parts.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))),
  );
  try {
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
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
