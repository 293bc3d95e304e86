/**
 * Test reference, deliberately simple and independent of the solver: min-cost maximum flow
 * by successive shortest paths with Bellman-Ford (source -> protégé -> supporter -> sink,
 * supporter -> sink carrying the capacity, cost = -score). A maximum flow of least cost is
 * exactly "most pairs, then highest total", with no BIG weight involved.
 */
interface Arc {
  to: number;
  cap: number;
  cost: number;
}

export interface ReferenceAnswer {
  matched: number;
  total: number;
}

export function referenceOptimum(
  proteges: number,
  supporters: number,
  capacity: ArrayLike<number>,
  edges: readonly (readonly [number, number, number])[],
): ReferenceAnswer {
  const source = proteges + supporters;
  const sink = source + 1;
  const arcs: Arc[] = [];
  const out: number[][] = Array.from({ length: sink + 1 }, () => []);
  const link = (from: number, to: number, cap: number, cost: number) => {
    out[from]!.push(arcs.length);
    arcs.push({ to, cap, cost });
    out[to]!.push(arcs.length);
    arcs.push({ to: from, cap: 0, cost: -cost });
  };
  for (let i = 0; i < proteges; i++) link(source, i, 1, 0);
  for (const [i, j, s] of edges) link(i, proteges + j, 1, -s);
  for (let j = 0; j < supporters; j++) link(proteges + j, sink, capacity[j]!, 0);

  let matched = 0;
  let cost = 0;
  for (;;) {
    const dist = new Array<number>(sink + 1).fill(Infinity);
    const via = new Array<number>(sink + 1).fill(-1);
    dist[source] = 0;
    for (let pass = 0, changed = true; changed && pass <= sink; pass++) {
      changed = false;
      for (let node = 0; node <= sink; node++) {
        if (dist[node] === Infinity) continue;
        for (const a of out[node]!) {
          const arc = arcs[a]!;
          if (arc.cap > 0 && dist[node]! + arc.cost < dist[arc.to]!) {
            dist[arc.to] = dist[node]! + arc.cost;
            via[arc.to] = a;
            changed = true;
          }
        }
      }
    }
    if (dist[sink] === Infinity) return { matched, total: 0 - cost };
    for (let node = sink; node !== source;) {
      const a = via[node]!;
      arcs[a]!.cap -= 1;
      arcs[a ^ 1]!.cap += 1;
      node = arcs[a ^ 1]!.to;
    }
    matched++;
    cost += dist[sink]!;
  }
}
