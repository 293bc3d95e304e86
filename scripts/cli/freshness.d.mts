/** Types for freshness.mjs, which stays plain JavaScript so the launcher needs no TypeScript loader. */
export interface BundleStamp {
  root: string;
  inputs: Record<string, [number, number]>;
}
export function stampFor(inputs: readonly string[], root: string): BundleStamp;
export function isFresh(stamp: BundleStamp | undefined, root: string): boolean;
