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
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return {
      error: `${path}: cannot be read (${error instanceof Error ? error.message : 'unknown'})`,
    };
  }
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
  const shape = fileSchema.safeParse(value);
  if (!shape.success) {
    const issue = shape.error.issues[0]!;
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { error: `${where}${issue.message}` };
  }
  const { proteges, supporters, capacity, edges } = shape.data;
  const capacities = new Float64Array(capacity.length);
  for (let j = 0; j < capacity.length; j++) {
    const c = capacity[j];
    if (typeof c !== 'number' || !Number.isSafeInteger(c) || c < 0) {
      return { error: `capacity[${j}]: must be an integer >= 0` };
    }
    capacities[j] = c;
  }
  const edgeRow = new Int32Array(edges.length);
  const edgeCol = new Int32Array(edges.length);
  const edgeScore = new Int32Array(edges.length);
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e];
    if (!Array.isArray(edge) || edge.length !== 3) {
      return { error: `edges[${e}]: must be [protégé, supporter, score]` };
    }
    const [i, j, s] = edge as unknown[];
    // Ranges are checked here, before the values are narrowed into 32-bit arrays.
    if (!isIndex(i, proteges))
      return { error: `edges[${e}][0]: protégé index must be an integer in 0..${proteges - 1}` };
    if (!isIndex(j, supporters)) {
      return {
        error: `edges[${e}][1]: supporter index must be an integer in 0..${supporters - 1}`,
      };
    }
    if (!isIndex(s, MAX_SCORE + 1))
      return { error: `edges[${e}][2]: score must be an integer in 0..${MAX_SCORE}` };
    edgeRow[e] = i;
    edgeCol[e] = j;
    edgeScore[e] = s;
  }
  const problem: AssignmentProblem = {
    proteges,
    supporters,
    capacity: capacities,
    edgeRow,
    edgeCol,
    edgeScore,
  };
  const error = findProblemError(problem);
  return error === null ? { problem } : { error };
}

function isIndex(value: unknown, below: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < below;
}
