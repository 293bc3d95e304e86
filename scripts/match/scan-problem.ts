/**
 * A fast path for reading large `match solve` files: the bytes scanned once, straight into
 * typed arrays. `JSON.parse` builds one array object per edge, which for 4 million edges is
 * 3-4 s and a few hundred MB before any checking starts; this reads the same file in a
 * fraction of that.
 *
 * It accepts only the plain shape files are written in: one object with the keys proteges,
 * supporters, capacity and edges, each once, holding integers (at most 15 digits, no
 * fraction or exponent), an array of integers and an array of three-integer arrays, with
 * JSON's whitespace anywhere between. Anything else (another key, a string, a float, a
 * syntax error, a byte order mark) returns null, and the caller reads the file the slow way,
 * so every message about a bad file is the one `JSON.parse` and the checks give.
 */
export interface ScannedProblem {
  proteges: number;
  supporters: number;
  capacity: number[];
  /** Edge e is (rows[e], cols[e], scores[e]); `count` of each array are filled. */
  rows: Float64Array<ArrayBuffer>;
  cols: Float64Array<ArrayBuffer>;
  scores: Float64Array<ArrayBuffer>;
  count: number;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const MAX_DIGITS = 15;

const KEYS = ['proteges', 'supporters', 'capacity', 'edges'] as const;
type Key = (typeof KEYS)[number];

/** Thrown inside the scanner to give up; never leaves it. */
class NotPlain extends Error {}

export function scanProblem(bytes: Uint8Array): ScannedProblem | null {
  try {
    return new Scanner(bytes).file();
  } catch (error) {
    if (error instanceof NotPlain) return null;
    throw error;
  }
}

class Scanner {
  private at = 0;

  constructor(private readonly bytes: Uint8Array) {}

  file(): ScannedProblem {
    const seen = new Map<Key, unknown>();
    this.expect(OPEN_OBJECT);
    for (;;) {
      const key = this.key();
      if (seen.has(key)) throw new NotPlain();
      this.expect(COLON);
      seen.set(
        key,
        key === 'capacity' ? this.integers() : key === 'edges' ? this.edges() : this.integer(),
      );
      const next = this.next();
      if (next === CLOSE_OBJECT) break;
      if (next !== COMMA) throw new NotPlain();
    }
    this.skipSpace();
    if (this.at !== this.bytes.length || seen.size !== KEYS.length) throw new NotPlain();
    const edges = seen.get('edges') as Omit<ScannedProblem, 'proteges' | 'supporters' | 'capacity'>;
    return {
      proteges: seen.get('proteges') as number,
      supporters: seen.get('supporters') as number,
      capacity: seen.get('capacity') as number[],
      ...edges,
    };
  }

  private skipSpace(): void {
    const { bytes } = this;
    let at = this.at;
    for (;;) {
      const byte = bytes[at];
      if (byte !== SPACE && byte !== LF && byte !== CR && byte !== TAB) break;
      at++;
    }
    this.at = at;
  }

  /** The next byte that is not whitespace, consumed. */
  private next(): number | undefined {
    this.skipSpace();
    return this.bytes[this.at++];
  }

  private expect(byte: number): void {
    if (this.next() !== byte) throw new NotPlain();
  }

  private key(): Key {
    this.expect(QUOTE);
    const start = this.at;
    const end = this.bytes.indexOf(QUOTE, start);
    if (end < 0) throw new NotPlain();
    let text = '';
    for (let at = start; at < end; at++) text += String.fromCharCode(this.bytes[at]!);
    this.at = end + 1;
    const key = KEYS.find((known) => known === text);
    if (!key) throw new NotPlain();
    return key;
  }

  /** A JSON integer as JSON.parse reads it; anything it would read as a fraction gives up. */
  private integer(): number {
    this.skipSpace();
    const { bytes } = this;
    let at = this.at;
    const negative = bytes[at] === MINUS;
    if (negative) at++;
    const start = at;
    let value = 0;
    for (;;) {
      const byte = bytes[at]!;
      if (byte < ZERO || byte > NINE) break;
      value = value * 10 + (byte - ZERO);
      at++;
    }
    const digits = at - start;
    // No digits, a leading zero ("01" is not JSON), too long to be exact, or a fraction or
    // exponent next: the slow path says what is wrong, or reads the number as JSON does.
    if (digits === 0 || digits > MAX_DIGITS || (digits > 1 && bytes[start] === ZERO))
      throw new NotPlain();
    const after = bytes[at];
    if (after === 0x2e || after === 0x65 || after === 0x45) throw new NotPlain();
    this.at = at;
    return negative ? -value : value;
  }

  private integers(): number[] {
    const values: number[] = [];
    this.expect(OPEN_ARRAY);
    if (this.peek() === CLOSE_ARRAY) {
      this.at++;
      return values;
    }
    for (;;) {
      values.push(this.integer());
      const next = this.next();
      if (next === CLOSE_ARRAY) return values;
      if (next !== COMMA) throw new NotPlain();
    }
  }

  private peek(): number | undefined {
    this.skipSpace();
    return this.bytes[this.at];
  }

  private edges(): Omit<ScannedProblem, 'proteges' | 'supporters' | 'capacity'> {
    // A first guess from the bytes left: an edge is at least "[0,0,0]," (8 bytes).
    let room = Math.max(16, Math.min(1 << 24, (this.bytes.length - this.at) >> 4));
    let rows = new Float64Array(room);
    let cols = new Float64Array(room);
    let scores = new Float64Array(room);
    let count = 0;
    this.expect(OPEN_ARRAY);
    if (this.peek() === CLOSE_ARRAY) {
      this.at++;
      return { rows, cols, scores, count };
    }
    for (;;) {
      if (count === room) {
        room *= 2;
        rows = grown(rows, room);
        cols = grown(cols, room);
        scores = grown(scores, room);
      }
      this.expect(OPEN_ARRAY);
      rows[count] = this.integer();
      this.expect(COMMA);
      cols[count] = this.integer();
      this.expect(COMMA);
      scores[count] = this.integer();
      this.expect(CLOSE_ARRAY);
      count++;
      const next = this.next();
      if (next === CLOSE_ARRAY) return { rows, cols, scores, count };
      if (next !== COMMA) throw new NotPlain();
    }
  }
}

function grown(values: Float64Array, room: number): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(room);
  bigger.set(values);
  return bigger;
}
