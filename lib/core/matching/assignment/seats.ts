/**
 * Who sits with each supporter. Capacity stays in the model: one list of seated rows per
 * supporter (not one column per seat), packed into one typed array with per-supporter
 * offsets, so moving a row is O(1) by swapping with the supporter's last seated row.
 */
export class Seats {
  readonly rowSupporter: Int32Array;
  readonly load: Int32Array;
  readonly start: Int32Array;
  readonly rows: Int32Array;
  private readonly rowSeat: Int32Array;

  /** `usable[j]` is how many rows supporter j can ever hold (capacity capped by its edges). */
  constructor(proteges: number, usable: Int32Array) {
    this.rowSupporter = new Int32Array(proteges).fill(-1);
    this.rowSeat = new Int32Array(proteges).fill(-1);
    this.load = new Int32Array(usable.length);
    this.start = new Int32Array(usable.length + 1);
    for (let j = 0; j < usable.length; j++) this.start[j + 1] = this.start[j]! + usable[j]!;
    this.rows = new Int32Array(this.start[usable.length]!);
  }

  seat(row: number, supporter: number): void {
    this.leave(row);
    const at = this.start[supporter]! + this.load[supporter]!++;
    this.rows[at] = row;
    this.rowSeat[row] = at;
    this.rowSupporter[row] = supporter;
  }

  leave(row: number): void {
    const supporter = this.rowSupporter[row]!;
    if (supporter < 0) return;
    const at = this.rowSeat[row]!;
    const last = this.start[supporter]! + --this.load[supporter]!;
    const moved = this.rows[last]!;
    this.rows[at] = moved;
    this.rowSeat[moved] = at;
    this.rowSupporter[row] = -1;
    this.rowSeat[row] = -1;
  }
}
