/**
 * Test reference for tiny problems: tries every way to give each protégé a supporter or
 * nobody, and keeps the best by (pairs, total), compared directly rather than through weights.
 */
import type { ReferenceAnswer } from './min-cost-flow';

export function bruteForceOptimum(
  proteges: number,
  supporters: number,
  capacity: ArrayLike<number>,
  edges: readonly (readonly [number, number, number])[],
): ReferenceAnswer {
  const options: [number, number][][] = Array.from({ length: proteges }, () => []);
  for (const [i, j, s] of edges) options[i]!.push([j, s]);
  const load = new Array<number>(supporters).fill(0);
  let best: ReferenceAnswer = { matched: 0, total: 0 };
  const visit = (i: number, matched: number, total: number): void => {
    if (i === proteges) {
      if (matched > best.matched || (matched === best.matched && total > best.total)) {
        best = { matched, total };
      }
      return;
    }
    visit(i + 1, matched, total);
    for (const [j, s] of options[i]!) {
      if (load[j]! >= capacity[j]!) continue;
      load[j]!++;
      visit(i + 1, matched + 1, total + s);
      load[j]!--;
    }
  };
  visit(0, 0, 0);
  return best;
}
