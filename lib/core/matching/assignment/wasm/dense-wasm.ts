/**
 * The dense Jonker-Volgenant solver run as WebAssembly (assembly/dense-jv.ts, compiled at
 * install time into lib/generated/wasm): the same algorithm as dense-square.ts, whose rows and
 * prices it returns exactly, at about a third of the cost per column visit
 * (docs/decisions/029-dense-solver-in-webassembly.md).
 *
 * Each solve gets an instance of its own over a memory of its own, sized for its n: the matrix
 * is written straight into that memory from the edges (no second copy), and the memory goes
 * with the instance when the solve is done, so a long-lived server keeps no large buffer. The
 * compiled module is kept; instantiating it again costs microseconds.
 *
 * Returns null, and the caller uses the JavaScript solver, when WebAssembly is unavailable or
 * the matrix would not fit the memory it can have.
 */
import { WASM_BASE64 } from '@/lib/generated/wasm/dense-jv';
import type { AssignmentProblem } from '../types';

/**
 * The largest n solved in WebAssembly: its matrix is then at most 1 GiB (n^2 Int32), a quarter
 * of what 32-bit addresses reach, and no index of the solver can wrap. Larger problems (none a
 * program has) take the JavaScript solver.
 */
export const MAX_WASM_SIDE = 16_384;

const PAGE_BYTES = 65_536;

interface DenseJv {
  bytesFor(n: number): number;
  costAddress(n: number): number;
  rowsolAddress(n: number): number;
  priceAddress(n: number): number;
  /** Solves the matrix in place; returns the optimum's total score. */
  solve(n: number): number;
}

export interface WasmLap {
  n: number;
  /** The cost matrix, a view of the solve's memory (alive as long as this object is). */
  cost: Int32Array;
  rowsol: Int32Array;
  v: Float64Array;
  total: number;
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null when this runtime has no WebAssembly or refuses the module. */
function denseModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled =
        typeof WebAssembly === 'object' ? new WebAssembly.Module(decodeBase64(WASM_BASE64)) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** Whether solveDenseInWasm can take problems of side n here. */
export function wasmAvailableFor(n: number): boolean {
  return n <= MAX_WASM_SIDE && denseModule() !== null;
}

/** The optimum of a complete square problem, or null when it cannot run here (see above). */
export function solveDenseInWasm(problem: AssignmentProblem): WasmLap | null {
  const n = problem.proteges;
  const compiledModule = n <= MAX_WASM_SIDE ? denseModule() : null;
  if (compiledModule === null) return null;
  const memory = new WebAssembly.Memory({ initial: 1 });
  const jv = new WebAssembly.Instance(compiledModule, { env: { memory } })
    .exports as unknown as DenseJv;
  const pages = Math.ceil(jv.bytesFor(n) / PAGE_BYTES);
  try {
    if (pages > 1) memory.grow(pages - 1);
  } catch {
    // The engine would not give this much memory (a RangeError): JavaScript will try.
    return null;
  }
  const cost = new Int32Array(memory.buffer, jv.costAddress(n), n * n);
  fillCosts(problem, cost);
  const total = jv.solve(n);
  return {
    n,
    cost,
    rowsol: new Int32Array(memory.buffer, jv.rowsolAddress(n), n).slice(),
    v: new Float64Array(memory.buffer, jv.priceAddress(n), n).slice(),
    total,
  };
}

/** c_ij = -score_ij, one pass over the edges (the memory is fresh, so zero elsewhere). */
function fillCosts(
  { proteges: n, edgeRow, edgeCol, edgeScore }: AssignmentProblem,
  cost: Int32Array,
) {
  for (let e = 0; e < edgeRow.length; e++) cost[edgeRow[e]! * n + edgeCol[e]!] = -edgeScore[e]!;
}

// atob is a global of every runtime this runs in (Node, browsers); Buffer is Node's alone.
function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
  return bytes;
}
