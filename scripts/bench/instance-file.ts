/**
 * Writes one instance to a temp file as raw int32s (P, M, E, capacity[M], rows[E], cols[E],
 * scores[E]), which the peers read without parsing, runs `withPath` on its path, and removes it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AssignmentProblem } from '@/lib/core/matching/assignment';

export function withInstanceFile<T>(problem: AssignmentProblem, withPath: (file: string) => T): T {
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
    return withPath(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
