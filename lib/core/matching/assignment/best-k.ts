/**
 * Keeping the best k of a stream: each protégé's best supporters for the candidate graph,
 * each supporter's best protégés, and the most underpriced pairs a pricing round adds. One
 * helper for all of them, so that every place breaks ties the same way: among equal values the
 * one offered first is kept and listed first, which makes the graphs (and so the assignments)
 * depend only on the order of the input.
 *
 * Insertion into a short sorted array: k is a handful and most offers lose to the smallest
 * kept value at the first comparison, so an offer costs O(1) usually and O(k) at worst.
 */
export class BestK {
  private ids: Int32Array;
  private values: Float64Array;
  private held = 0;

  constructor(private k: number) {
    this.ids = new Int32Array(Math.max(0, k));
    this.values = new Float64Array(Math.max(0, k));
  }

  /** Forgets every value kept, and from now on keeps `k` (by default, as many as before). */
  clear(k: number = this.k): void {
    this.held = 0;
    this.k = k;
    if (this.ids.length < k) {
      this.ids = new Int32Array(k);
      this.values = new Float64Array(k);
    }
  }

  get size(): number {
    return this.held;
  }

  /**
   * Keeps (id, value) if it is among the k largest so far. Returns what a later value must
   * beat (strictly) to be kept: -Infinity while there is room, Infinity when k is 0.
   */
  offer(id: number, value: number): number {
    const k = this.k;
    if (k <= 0) return Infinity;
    if (this.held === k && this.values[k - 1]! >= value) return this.values[k - 1]!;
    // When full, the last kept (the smallest, and the latest offered among equals) makes room.
    let at = this.held < k ? this.held++ : k - 1;
    while (at > 0 && this.values[at - 1]! < value) {
      this.values[at] = this.values[at - 1]!;
      this.ids[at] = this.ids[at - 1]!;
      at--;
    }
    this.values[at] = value;
    this.ids[at] = id;
    return this.held === k ? this.values[k - 1]! : -Infinity;
  }

  /** Largest first; equal values in the order they were offered. */
  forEach(visit: (id: number, value: number) => void): void {
    for (let at = 0; at < this.held; at++) visit(this.ids[at]!, this.values[at]!);
  }
}
