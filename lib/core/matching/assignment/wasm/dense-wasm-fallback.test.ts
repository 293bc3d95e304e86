import { afterEach, describe, expect, it, vi } from 'vitest';
import { problemFromTriples } from '../convert';
import { referenceOptimum } from '@/test/matching/min-cost-flow';

type Triple = [number, number, number];

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the dense solver where WebAssembly is missing', () => {
  it('solves with the JavaScript copy, and the answer still certifies', async () => {
    // A runtime without WebAssembly (some locked-down hosts): the global is gone before the
    // modules load, as it would be there.
    vi.stubGlobal('WebAssembly', undefined);
    vi.resetModules();
    const { wasmAvailableFor, solveDenseInWasm } = await import('./dense-wasm');
    const { solveAssignment } = await import('../solve');
    const n = 12;
    const edges: Triple[] = [];
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) edges.push([i, j, (i * 5 + j * 3) % 7]);
    const capacity = new Array<number>(n).fill(1);
    const problem = problemFromTriples(n, n, capacity, edges);
    expect(wasmAvailableFor(n)).toBe(false);
    expect(solveDenseInWasm(problem)).toBeNull();
    const solution = solveAssignment(problem);
    expect(solution.optimal).toBe(true);
    expect({ matched: solution.matched, total: solution.total }).toEqual(
      referenceOptimum(n, n, capacity, edges),
    );
  });
});
