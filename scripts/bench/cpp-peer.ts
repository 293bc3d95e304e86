/**
 * The compiled Jonker-Volgenant peer (peers/jv_dense.cpp): built with `g++ -O2` the first time
 * it is needed (and again when the source changes) into node_modules/.cache, then run on one
 * instance. Skipped, with the reason, where there is no g++ or the problem is not a complete
 * square one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AssignmentProblem } from '@/lib/core/matching/assignment';
import { withInstanceFile } from './instance-file';

export interface CppResult {
  matched: number;
  total: number;
  ms: number;
  /** CPU time of the same solve. */
  cpuMs: number;
}

const source = join(import.meta.dirname, 'peers', 'jv_dense.cpp');
const binary = join(
  import.meta.dirname,
  '..',
  '..',
  'node_modules',
  '.cache',
  'bench-peers',
  'jv_dense',
);

let built: string | null | undefined;

/** The path of the built peer, or why there is none. */
function build(): { path: string } | { skipped: string } {
  if (built === undefined) {
    const fresh = existsSync(binary) && statSync(binary).mtimeMs >= statSync(source).mtimeMs;
    if (fresh) built = null;
    else {
      mkdirSync(join(binary, '..'), { recursive: true });
      const run = spawnSync('g++', ['-O2', '-o', binary, source], { encoding: 'utf8' });
      built = run.status === 0 ? null : (run.stderr || String(run.error)).trim().split('\n')[0]!;
    }
  }
  return built === null ? { path: binary } : { skipped: `no C++ peer: ${built}` };
}

export function runCppJv(problem: AssignmentProblem): CppResult | { skipped: string } {
  const peer = build();
  if ('skipped' in peer) return peer;
  return withInstanceFile(problem, (file) => {
    const run = spawnSync(peer.path, [file], { encoding: 'utf8', timeout: 180_000 });
    if (run.status !== 0)
      return { skipped: `C++ JV: ${(run.stderr || String(run.error)).trim().split('\n').pop()}` };
    return JSON.parse(run.stdout) as CppResult;
  });
}
