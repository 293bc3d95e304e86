/**
 * Reads and checks a `match solve` problem file. zod checks the outer shape; the big arrays
 * (capacity, edges) are checked by hand loops, since a per-element schema over millions of
 * edges costs seconds. Every message names the first bad field, e.g. "edges[12][2]: ...".
 * Duplicate pairs are rejected rather than merged (see lib/core/matching/assignment/validate.ts).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  findProblemError,
  MAX_SCORE,
  type AssignmentProblem,
} from '@/lib/core/matching/assignment';
import { scanProblem, type ScannedProblem } from './scan-problem';

const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

const fileSchema = z.object(
  {
    proteges: z.int({ error: 'must be an integer' }).min(0, 'must be >= 0'),
    supporters: z.int({ error: 'must be an integer' }).min(0, 'must be >= 0'),
    capacity: z.custom<unknown[]>(isArray, 'must be an array of integers'),
    edges: z.custom<unknown[]>(isArray, 'must be an array of [protégé, supporter, score]'),
  },
  { error: 'the file must hold a JSON object' },
);

export type ReadResult = { problem: AssignmentProblem } | { error: string };

export function readProblem(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return {
      error: `${path}: cannot be read (${error instanceof Error ? error.message : 'unknown'})`,
    };
  }
  return readProblemBytes(bytes, path);
}

/**
 * A problem file's bytes read and checked. Files in the plain shape are scanned straight into
 * arrays; any other is parsed as JSON, so a bad file gets the same message either way
 * (scan-problem.ts). `scan: false` always parses, for tests that compare the two.
 */
export function readProblemBytes(
  bytes: Uint8Array,
  path: string,
  { scan = true }: { scan?: boolean } = {},
): ReadResult {
  const scanned = scan ? scanProblem(bytes) : null;
  if (scanned) return checkScanned(scanned);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      error: `${path}: not valid JSON (${error instanceof Error ? error.message : 'unknown'})`,
    };
  }
  return parseProblem(value);
}

export function parseProblem(value: unknown): ReadResult {
  const shape = shapeError(value);
  if (typeof shape === 'string') return { error: shape };
  const { proteges, supporters, capacity, edges } = shape;
  const capacities = capacitiesOf(capacity);
  if (typeof capacities === 'string') return { error: capacities };
  const edgeRow = new Int32Array(edges.length);
  const edgeCol = new Int32Array(edges.length);
  const edgeScore = new Int32Array(edges.length);
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e];
    if (!Array.isArray(edge) || edge.length !== 3) {
      return { error: `edges[${e}]: must be [protégé, supporter, score]` };
    }
    const [i, j, s] = edge as unknown[];
    const error = edgeError(e, i, j, s, proteges, supporters);
    if (error !== null) return { error };
    edgeRow[e] = i as number;
    edgeCol[e] = j as number;
    edgeScore[e] = s as number;
  }
  return checked({ proteges, supporters, capacity: capacities, edgeRow, edgeCol, edgeScore });
}

/** The same checks, in the same order, on a file the fast path scanned. */
function checkScanned(scanned: ScannedProblem): ReadResult {
  const { proteges, supporters, capacity, rows, cols, scores, count } = scanned;
  const shape = shapeError({ proteges, supporters, capacity, edges: [] });
  if (typeof shape === 'string') return { error: shape };
  const capacities = capacitiesOf(capacity);
  if (typeof capacities === 'string') return { error: capacities };
  const edgeRow = new Int32Array(count);
  const edgeCol = new Int32Array(count);
  const edgeScore = new Int32Array(count);
  for (let e = 0; e < count; e++) {
    const i = rows[e]!;
    const j = cols[e]!;
    const s = scores[e]!;
    const error = edgeError(e, i, j, s, proteges, supporters);
    if (error !== null) return { error };
    edgeRow[e] = i;
    edgeCol[e] = j;
    edgeScore[e] = s;
  }
  return checked({ proteges, supporters, capacity: capacities, edgeRow, edgeCol, edgeScore });
}

function shapeError(value: unknown): string | z.output<typeof fileSchema> {
  const shape = fileSchema.safeParse(value);
  if (shape.success) return shape.data;
  const issue = shape.error.issues[0]!;
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

function capacitiesOf(capacity: readonly unknown[]): Float64Array | string {
  const capacities = new Float64Array(capacity.length);
  for (let j = 0; j < capacity.length; j++) {
    const c = capacity[j];
    if (typeof c !== 'number' || !Number.isSafeInteger(c) || c < 0) {
      return `capacity[${j}]: must be an integer >= 0`;
    }
    capacities[j] = c;
  }
  return capacities;
}

// Ranges are checked here, before the values are narrowed into 32-bit arrays.
function edgeError(
  e: number,
  i: unknown,
  j: unknown,
  s: unknown,
  proteges: number,
  supporters: number,
): string | null {
  if (!isIndex(i, proteges))
    return `edges[${e}][0]: protégé index must be an integer in 0..${proteges - 1}`;
  if (!isIndex(j, supporters))
    return `edges[${e}][1]: supporter index must be an integer in 0..${supporters - 1}`;
  if (!isIndex(s, MAX_SCORE + 1))
    return `edges[${e}][2]: score must be an integer in 0..${MAX_SCORE}`;
  return null;
}

function checked(problem: AssignmentProblem): ReadResult {
  const error = findProblemError(problem);
  return error === null ? { problem } : { error };
}

function isIndex(value: unknown, below: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < below;
}
