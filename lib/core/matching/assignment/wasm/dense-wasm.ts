/**
 * The dense Jonker-Volgenant solver run as WebAssembly (assembly/dense-jv.ts, compiled at
 * install time into lib/generated/wasm): the same algorithm as dense-square.ts, whose rows and
 * prices it returns exactly, at about a third of the cost per column visit
 * (docs/decisions/029-dense-solver-in-webassembly.md).
 *
 * The matrix is written straight into the instance's memory from the edges (no second copy):
 * with the edges in row-major order, as files written row by row and the benchmarks list them,
 * their scores are copied in one block and negated in WebAssembly as the first pass reads them;
 * otherwise the costs are written edge by edge.
 * One instance and its memory are kept for the next solve while the memory is at most
 * KEPT_MEMORY_BYTES: a fresh memory costs a page fault per 4 KiB the matrix touches (1.3 ms at
 * n = 1000), and a long-lived server keeps at most that much. Larger solves get an instance of
 * their own, freed with it. The compiled module is kept; instantiating it costs microseconds.
 *
 * Returns null, and the caller uses the JavaScript solver, when WebAssembly is unavailable or
 * the matrix would not fit the memory it can have.
 */
import { WASM_BASE64 } from '@/lib/generated/wasm/dense-jv';
import { embeddedModule } from '@/lib/core/wasm/embedded-module';
import type { AssignmentProblem } from '../types';

/**
 * The largest n solved in WebAssembly: its matrix is then at most 1 GiB (n^2 Int32), a quarter
 * of what 32-bit addresses reach, and no index of the solver can wrap. Larger problems (none a
 * program has) take the JavaScript solver.
 */
export const MAX_WASM_SIDE = 16_384;

const PAGE_BYTES = 65_536;

/** The memory kept between solves, at most: enough for n = 4000 (64 MiB of matrix, 1 MiB of arrays). */
const KEPT_MEMORY_BYTES = 72 * 1024 * 1024;

interface DenseJv {
  /** The largest n its fixed layout holds (MAX_WASM_SIDE, unless the two ever disagree). */
  maxSide(): number;
  bytesFor(n: number): number;
  costAddress(n: number): number;
  rowsolAddress(n: number): number;
  priceAddress(n: number): number;
  /** Solves the matrix of costs (or of scores, with fromScores) in place; the total score. */
  solve(n: number, fromScores: boolean): number;
}

export interface WasmLap {
  n: number;
  /** The cost matrix, a view of the instance's memory, valid until the next solve. */
  cost: Int32Array;
  rowsol: Int32Array;
  v: Float64Array;
  total: number;
}

/** The compiled module, or null when this runtime has no WebAssembly or refuses the module. */
const denseModule = embeddedModule(WASM_BASE64);

/** Whether solveDenseInWasm can take problems of side n here. */
export function wasmAvailableFor(n: number): boolean {
  return n <= MAX_WASM_SIDE && denseModule() !== null;
}

interface Instance {
  memory: WebAssembly.Memory;
  jv: DenseJv;
}

let kept: Instance | undefined;

/**
 * The optimum of a complete square problem, or null when it cannot run here (see above).
 * `rowMajor`: the caller knows edge e is pair (e / n, e % n) (validate.ts checked the order).
 */
export function solveDenseInWasm(problem: AssignmentProblem, rowMajor = false): WasmLap | null {
  const n = problem.proteges;
  const instance = n <= MAX_WASM_SIDE ? instanceFor(n) : null;
  if (instance === null) return null;
  const { memory, jv } = instance;
  const cost = new Int32Array(memory.buffer, jv.costAddress(n), n * n);
  if (rowMajor) cost.set(problem.edgeScore);
  else fillCosts(problem, cost);
  const total = jv.solve(n, rowMajor);
  return {
    n,
    cost,
    rowsol: new Int32Array(memory.buffer, jv.rowsolAddress(n), n).slice(),
    v: new Float64Array(memory.buffer, jv.priceAddress(n), n).slice(),
    total,
  };
}

/** An instance whose memory holds a solve of side n: the kept one, grown if need be, or new. */
function instanceFor(n: number): Instance | null {
  const compiledModule = denseModule();
  if (compiledModule === null) return null;
  try {
    kept ??= instantiate(compiledModule);
    if (n > kept.jv.maxSide()) return null;
    const bytes = kept.jv.bytesFor(n);
    const instance = bytes <= KEPT_MEMORY_BYTES ? kept : instantiate(compiledModule);
    const pages = Math.ceil(bytes / PAGE_BYTES);
    const have = instance.memory.buffer.byteLength / PAGE_BYTES;
    if (pages > have) instance.memory.grow(pages - have);
    return instance;
  } catch {
    // The engine would not give this much memory (a RangeError): JavaScript will try.
    return null;
  }
}

function instantiate(compiledModule: WebAssembly.Module): Instance {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const jv = new WebAssembly.Instance(compiledModule, { env: { memory } })
    .exports as unknown as DenseJv;
  return { memory, jv };
}

/** c_ij = -score_ij, one pass over the edges (all n * n pairs are listed, so every cell is written). */
function fillCosts(
  { proteges: n, edgeRow, edgeCol, edgeScore }: AssignmentProblem,
  cost: Int32Array,
) {
  for (let e = 0; e < edgeRow.length; e++) cost[edgeRow[e]! * n + edgeCol[e]!] = -edgeScore[e]!;
}
