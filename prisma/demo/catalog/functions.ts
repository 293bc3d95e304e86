/**
 * The eight functions: their share of the headcount, their skills, job titles per level
 * (index 0 is level 1), and which functions people plausibly move in from. The
 * specs themselves live in two data files, one per family of functions.
 */
import { BUSINESS_FUNCTIONS } from './business-functions';
import { PRODUCT_FUNCTIONS } from './product-functions';

export type FunctionName =
  'Engineering' | 'Product' | 'Design' | 'Data' | 'Finance' | 'Sales' | 'Marketing' | 'People';

export interface FunctionSpec {
  name: FunctionName;
  share: number;
  skills: readonly string[];
  /** Eight lists, levels 1..8; a person gets one title from their level's list. */
  titles: readonly (readonly string[])[];
  movesInFrom: readonly FunctionName[];
  /** What the work is about, for goals and descriptions: "our payments platform". */
  areas: readonly string[];
}

export const FUNCTIONS: readonly FunctionSpec[] = [...PRODUCT_FUNCTIONS, ...BUSINESS_FUNCTIONS];

const byName = new Map(FUNCTIONS.map((spec) => [spec.name, spec]));

export function functionSpec(name: FunctionName): FunctionSpec {
  const spec = byName.get(name);
  if (!spec) throw new RangeError(`No demo function ${name}`);
  return spec;
}

/** The titles a person of this function and level could hold. */
export function titlesAt(spec: FunctionSpec, level: number): readonly string[] {
  return spec.titles[Math.min(Math.max(level, 1), 8) - 1] ?? [];
}

/** Years in work that fit each level, [min, max]; index 0 is level 1. */
export const YEARS_BY_LEVEL: readonly (readonly [number, number])[] = [
  [0, 2],
  [1, 4],
  [3, 7],
  [5, 11],
  [7, 15],
  [10, 20],
  [13, 25],
  [16, 32],
];
