/**
 * An indexed binary min-heap of supporters keyed by tentative distance, with decrease-key.
 * Indexed (one slot per supporter) so a Dijkstra run never holds stale duplicates, and
 * reusable across runs without reallocation: clear() only forgets the members it holds.
 * push (insert or decrease-key) and pop are O(log m) for m supporters; peekKey is O(1).
 */
export class ColumnHeap {
  private readonly keys: Float64Array;
  private readonly items: Int32Array;
  private readonly position: Int32Array;
  private size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  get isEmpty(): boolean {
    return this.size === 0;
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.position[this.items[k]!] = -1;
    this.size = 0;
  }

  /** Inserts the item, or lowers its key; callers only ever lower keys. */
  push(item: number, key: number): void {
    let at = this.position[item]!;
    if (at < 0) {
      at = this.size++;
      this.items[at] = item;
      this.position[item] = at;
    }
    this.keys[at] = key;
    this.siftUp(at);
  }

  peekKey(): number {
    return this.keys[0]!;
  }

  pop(): number {
    const top = this.items[0]!;
    this.position[top] = -1;
    const last = --this.size;
    if (last > 0) {
      this.place(0, this.items[last]!, this.keys[last]!);
      this.siftDown(0);
    }
    return top;
  }

  private place(at: number, item: number, key: number): void {
    this.items[at] = item;
    this.keys[at] = key;
    this.position[item] = at;
  }

  private siftUp(at: number): void {
    const item = this.items[at]!;
    const key = this.keys[at]!;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.place(at, this.items[parent]!, this.keys[parent]!);
      at = parent;
    }
    this.place(at, item, key);
  }

  private siftDown(at: number): void {
    const item = this.items[at]!;
    const key = this.keys[at]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= key) break;
      this.place(at, this.items[child]!, this.keys[child]!);
      at = child;
    }
    this.place(at, item, key);
  }
}
