/**
 * AssemblyScript, compiled to WebAssembly by scripts/wasm/compile.ts at install time: the
 * dense Jonker-Volgenant solver of ../../dense-square.ts, phase for phase and tie rule for tie
 * rule, on a cost matrix the caller writes straight into this module's memory. The same
 * comparisons in the same order over the same doubles, so it returns the very rows and prices
 * the JavaScript solver would (dense-wasm.test.ts checks that), only without the JIT's bounds
 * checks and boxed loop state: a column visit costs about a third of what it costs in V8.
 *
 * The memory is the caller's (imported): the arrays at fixed addresses (MAX_SIDE below), then
 * the n x n Int32 cost matrix, row-major. Every index is below n * n <= MAX_SIDE^2, so 32-bit
 * addresses never wrap. Why each phase
 * does what it does is explained once, in dense-square.ts; the comments here say only where
 * this copy differs in form.
 */

/**
 * "No such cost yet", where the JavaScript has Infinity. Distances and prices are exact
 * integers here as there; as i64 they are compared and subtracted in one cycle, where the
 * doubles took a conversion and a longer chain per column.
 */
const NONE: i64 = i64.MAX_VALUE;

/**
 * The largest n (dense-wasm.ts's MAX_WASM_SIDE). Every array but the matrix is laid out for
 * it, 1 MiB in all, at addresses fixed when this is compiled: each access then folds its
 * array's address into the instruction, where addresses computed from n took a register
 * each, and the paths' loop, short of registers, spilled to memory.
 */
const MAX_SIDE: usize = 16384;

// The arrays. The first 64 KiB are left to the compiler's own data (it has none today).
const V: usize = 65536; // i64: column prices of the min-cost problem (f64 once solved)
const OPEN_DISTANCE: usize = V + MAX_SIDE * 8; // i64
const FINISHED_AT: usize = OPEN_DISTANCE + MAX_SIDE * 8; // i64
const ROWSOL: usize = FINISHED_AT + MAX_SIDE * 8; // i32: column of each row, or -1
const COLSOL: usize = ROWSOL + MAX_SIDE * 4; // i32: row of each column, or -1
const FREE: usize = COLSOL + MAX_SIDE * 4; // i32
const OPEN: usize = FREE + MAX_SIDE * 4; // i32
const PRED: usize = OPEN + MAX_SIDE * 4; // i32
const LEVEL: usize = PRED + MAX_SIDE * 4; // i32
const NEAREST: usize = LEVEL + MAX_SIDE * 4; // i32
const FINISHED: usize = NEAREST + MAX_SIDE * 4; // i32
const MATCHES: usize = FINISHED + MAX_SIDE * 4; // i32
const CHEAPEST_ROW: usize = MATCHES + MAX_SIDE * 4; // i32
const COST: usize = CHEAPEST_ROW + MAX_SIDE * 4; // i32, n x n, row-major

function i32At(base: usize, k: i32): i32 {
  return load<i32>(base + ((<usize>k) << 2));
}
function setI32(base: usize, k: i32, value: i32): void {
  store<i32>(base + ((<usize>k) << 2), value);
}
function i64At(base: usize, k: i32): i64 {
  return load<i64>(base + ((<usize>k) << 3));
}
function setI64(base: usize, k: i32, value: i64): void {
  store<i64>(base + ((<usize>k) << 3), value);
}

/** Stops the solve (a trap) if the layout cannot hold it. */
function layout(n: i32): void {
  if (<usize>n > MAX_SIDE || __heap_base > V) unreachable();
}

/** The largest n this module solves. */
export function maxSide(): i32 {
  return <i32>MAX_SIDE;
}

/** Bytes of memory a solve of size n needs. */
export function bytesFor(n: i32): usize {
  layout(n);
  return COST + <usize>n * ((<usize>n) << 2);
}
/** Where the caller writes the cost matrix (row-major Int32, n x n). */
export function costAddress(n: i32): usize {
  layout(n);
  return COST;
}
/** Where the solve leaves the column of each row (Int32, n). */
export function rowsolAddress(n: i32): usize {
  layout(n);
  return ROWSOL;
}
/** Where the solve leaves the column prices of the min-cost problem (Float64, n). */
export function priceAddress(n: i32): usize {
  layout(n);
  return V;
}

/**
 * Solves the n x n problem in place; returns the optimum's total score. The matrix holds the
 * costs, or with `fromScores` the scores (c = -score), as the caller copies them in one block
 * when the edges come in row-major order: the column minima pass then negates each row first,
 * while the row is in the cache, instead of a pass of its own.
 */
export function solve(n: i32, fromScores: bool): f64 {
  layout(n);
  memory.fill(ROWSOL, 0xff, (<usize>n) << 2);
  memory.fill(COLSOL, 0xff, (<usize>n) << 2);
  let left = columnReduction(n, fromScores);
  for (let pass = 0; pass < 2 && left > 0; pass++) left = augmentingRowReduction(n, left);
  for (let f = 0; f < left; f++) augment(n, i32At(FREE, f));
  let total: i64 = 0;
  for (let i = 0; i < n; i++) {
    total -= <i64>i32At(COST + <usize>i * ((<usize>n) << 2), i32At(ROWSOL, i));
  }
  // The caller reads the prices as doubles: exact, as every price is an integer below 2^53.
  for (let j = 0; j < n; j++) store<f64>(V + ((<usize>j) << 3), <f64>i64At(V, j));
  return <f64>total;
}

/** Phases 1 and 2; the rows left free go into FREE, and their number is returned. */
function columnReduction(n: i32, fromScores: bool): i32 {
  columnMinima(n, fromScores);
  memory.fill(MATCHES, 0, (<usize>n) << 2);
  for (let j = n - 1; j >= 0; j--) {
    const imin = i32At(CHEAPEST_ROW, j);
    const matches = i32At(MATCHES, imin) + 1;
    setI32(MATCHES, imin, matches);
    if (matches === 1) {
      setI32(ROWSOL, imin, j);
      setI32(COLSOL, j, imin);
    } else if (i64At(V, j) < i64At(V, i32At(ROWSOL, imin))) {
      setI32(COLSOL, i32At(ROWSOL, imin), -1);
      setI32(ROWSOL, imin, j);
      setI32(COLSOL, j, imin);
    } else setI32(COLSOL, j, -1);
  }
  let count = 0;
  for (let i = 0; i < n; i++) {
    const matches = i32At(MATCHES, i);
    if (matches === 0) setI32(FREE, count++, i);
    else if (matches === 1) {
      const j1 = i32At(ROWSOL, i);
      const min = cheapestElsewhere(n, i, j1);
      if (min !== NONE) setI64(V, j1, i64At(V, j1) - min);
    }
  }
  return count;
}

/**
 * Each column's cheapest cost and the first row holding it, row by row. The minima are kept as
 * Int32 in OPEN (free until phase 4) and only then written to V as doubles: the same values,
 * compared as integers.
 */
function columnMinima(n: i32, fromScores: bool): void {
  const least = OPEN;
  const cheapestRow = CHEAPEST_ROW;
  const rowBytes = (<usize>n) << 2;
  if (fromScores) negateRow(COST, n);
  memory.copy(least, COST, rowBytes);
  memory.fill(CHEAPEST_ROW, 0, rowBytes);
  for (let i = 1; i < n; i++) {
    const row = COST + <usize>i * rowBytes;
    if (fromScores) negateRow(row, n);
    for (let j = 0; j < n; j++) {
      const c = i32At(row, j);
      if (c < i32At(least, j)) {
        setI32(least, j, c);
        setI32(cheapestRow, j, i);
      }
    }
  }
  for (let j = 0; j < n; j++) setI64(V, j, <i64>i32At(least, j));
}

function negateRow(row: usize, n: i32): void {
  for (let j = 0; j < n; j++) setI32(row, j, -i32At(row, j));
}

function cheapestElsewhere(n: i32, i: i32, skip: i32): i64 {
  const v = V;
  const row = COST + <usize>i * ((<usize>n) << 2);
  let min: i64 = NONE;
  for (let j = 0; j < n; j++) {
    const h = <i64>i32At(row, j) - i64At(v, j);
    if (h < min && j !== skip) min = h;
  }
  return min;
}

/** Phase 3, one pass over the free rows (twoCheapest of the JavaScript inlined). */
function augmentingRowReduction(n: i32, previous: i32): i32 {
  let k = 0;
  let count = 0;
  const v = V;
  const rowBytes = (<usize>n) << 2;
  while (k < previous) {
    const i = i32At(FREE, k++);
    const row = COST + <usize>i * rowBytes;
    let umin = <i64>i32At(row, 0) - i64At(V, 0);
    let j1 = 0;
    let j2 = -1;
    let usubmin: i64 = NONE;
    for (let j = 1; j < n; j++) {
      const h = <i64>i32At(row, j) - i64At(v, j);
      if (h < usubmin) {
        if (h >= umin) {
          usubmin = h;
          j2 = j;
        } else {
          usubmin = umin;
          umin = h;
          j2 = j1;
          j1 = j;
        }
      }
    }
    let i0 = i32At(COLSOL, j1);
    const moved = umin < usubmin;
    if (moved) {
      setI64(V, j1, i64At(V, j1) - (usubmin - umin));
    } else if (i0 >= 0 && j2 >= 0) {
      j1 = j2;
      i0 = i32At(COLSOL, j2);
    }
    setI32(ROWSOL, i, j1);
    setI32(COLSOL, j1, i);
    if (i0 >= 0) {
      setI32(ROWSOL, i0, -1);
      if (moved) setI32(FREE, --k, i0);
      else setI32(FREE, count++, i0);
    }
  }
  return count;
}

/** Phase 4 for one free row, one pass over the open columns per scanned column. */
function augment(n: i32, freeRow: i32): void {
  // Locals, not globals, in the loops: V8 reloads a mutable global on every use.
  const v = V;
  const open = OPEN;
  const openDistance = OPEN_DISTANCE;
  const pred = PRED;
  const colsol = COLSOL;
  const rowBytes = (<usize>n) << 2;
  let level = LEVEL;
  let nearest = NEAREST;
  const start = COST + <usize>freeRow * rowBytes;
  let nextMin: i64 = NONE;
  let nearestCount = 0;
  for (let j = 0; j < n; j++) {
    const h = <i64>i32At(start, j) - i64At(v, j);
    setI32(open, j, j);
    setI64(openDistance, j, h);
    setI32(pred, j, freeRow);
    if (h <= nextMin) {
      if (h < nextMin) {
        nextMin = h;
        nearestCount = 0;
      }
      setI32(nearest, nearestCount++, j);
    }
  }
  let openCount = n;
  let min: i64 = 0;
  let head = 0;
  let tail = 0;
  let finishedCount = 0;
  let endOfPath = -1;
  while (endOfPath < 0) {
    if (head === tail) {
      min = nextMin;
      const swap = level;
      level = nearest;
      nearest = swap;
      head = 0;
      tail = nearestCount;
      for (let k = 0; k < tail; k++) {
        if (i32At(colsol, i32At(level, k)) < 0) {
          endOfPath = i32At(level, k);
          break;
        }
      }
      if (endOfPath >= 0) break;
    }
    const j1 = i32At(level, head++);
    setI32(FINISHED, finishedCount, j1);
    setI64(FINISHED_AT, finishedCount++, min);
    const i = i32At(colsol, j1);
    const row = COST + <usize>i * rowBytes;
    const h = <i64>i32At(row, j1) - i64At(v, j1) - min;
    nextMin = NONE;
    nearestCount = 0;
    let kept = 0;
    for (let k = 0; k < openCount; k++) {
      const j = i32At(open, k);
      let dj = i64At(openDistance, k);
      if (dj === min) continue;
      const through = <i64>i32At(row, j) - i64At(v, j) - h;
      if (through < dj) {
        setI32(pred, j, i);
        if (through === min) {
          if (i32At(colsol, j) < 0) {
            endOfPath = j;
            break;
          }
          setI32(level, tail++, j);
          continue;
        }
        dj = through;
      }
      setI32(open, kept, j);
      setI64(openDistance, kept++, dj);
      if (dj <= nextMin) {
        if (dj < nextMin) {
          nextMin = dj;
          nearestCount = 0;
        }
        setI32(nearest, nearestCount++, j);
      }
    }
    openCount = kept;
  }
  for (let f = 0; f < finishedCount; f++) {
    const j = i32At(FINISHED, f);
    setI64(v, j, i64At(v, j) + i64At(FINISHED_AT, f) - min);
  }
  for (;;) {
    const i = i32At(pred, endOfPath);
    setI32(colsol, endOfPath, i);
    const next = i32At(ROWSOL, i);
    setI32(ROWSOL, i, endOfPath);
    if (i === freeRow) break;
    endOfPath = next;
  }
}
