/**
 * The fast reader of `match solve` files must read exactly what JSON.parse and the checks
 * read: the same problem from a plain file, the same message from a bad one. Every case is
 * read both ways and compared; the cases are chosen so that both paths are taken.
 */
import { describe, expect, it } from 'vitest';
import { readProblemBytes } from './read-problem';
import { scanProblem } from './scan-problem';

const bytes = (text: string) => new TextEncoder().encode(text);
const bothWays = (text: string) => ({
  fast: readProblemBytes(bytes(text), 'f.json'),
  slow: readProblemBytes(bytes(text), 'f.json', { scan: false }),
});

const plain = (edges: string, capacity = '[1,2]', proteges = '2', supporters = '2') =>
  `{"proteges":${proteges},"supporters":${supporters},"capacity":${capacity},"edges":${edges}}`;

// Files the scanner reads itself: good ones and ones the checks refuse.
const SCANNED = [
  plain('[[0,0,5],[1,1,7]]'),
  ' \n{ "edges" : [ [0 , 1 , 3 ] ,\r\n\t[1,0,0] ], "capacity":[1,1], "supporters":2,"proteges":2 }\n',
  plain('[]'),
  plain('[]', '[]', '0', '0'),
  plain('[[0,0,-0]]'),
  plain('[[0,0,1],[0,0,2]]'),
  plain('[[2,0,1]]'),
  plain('[[0,-1,1]]'),
  plain('[[0,0,1000001]]'),
  plain('[[0,0,1]]', '[-1,1]'),
  plain('[[0,0,1]]', '[1]'),
  plain('[[0,0,1]]', '[1,2]', '-2'),
  plain('[[0,0,123456789012345]]'),
];

// Files it leaves to JSON.parse: another shape, or not JSON at all.
const PARSED = [
  plain('[[0,0,1.0]]'),
  plain('[[0,0,1e2]]'),
  plain('[[0,0,01]]'),
  plain('[[0,0,1234567890123456]]'),
  plain('[[0,0]]'),
  plain('[[0,0,1,2]]'),
  plain('[[0,0,"1"]]'),
  plain('[[0,0,1],]'),
  plain('{}'),
  plain('null'),
  '{"proteges":2,"proteges":2,"supporters":2,"capacity":[1,1],"edges":[]}',
  '{"proteges":2,"supporters":2,"capacity":[1,1],"edges":[],"note":"x"}',
  '{"proteges":2,"supporters":2,"capacity":[1,1]}',
  '\uFEFF' + plain('[]'),
  plain('[]') + ' x',
  plain('[[0,0,1]').slice(0, -1),
  '[]',
  '',
];

describe('the fast reader of problem files', () => {
  it('reads what JSON.parse reads, and refuses what the checks refuse, with their words', () => {
    for (const text of SCANNED) {
      expect(scanProblem(bytes(text)), text).not.toBeNull();
      const { fast, slow } = bothWays(text);
      expect(fast, text).toEqual(slow);
    }
  });

  it('leaves every other file to JSON.parse, so its message is unchanged', () => {
    for (const text of PARSED) {
      expect(scanProblem(bytes(text)), text).toBeNull();
      const { fast, slow } = bothWays(text);
      expect(fast, text).toEqual(slow);
    }
  });

  it('reads random files in any spacing as JSON.parse does', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const space = () => [' ', '\n', '\t', '\r\n', '', ''][random(6)]!;
    for (let run = 0; run < 200; run++) {
      const proteges = 1 + random(6);
      const supporters = 1 + random(6);
      const capacity = Array.from({ length: supporters }, () => random(3) - (run % 17 ? 0 : 1));
      const edges = Array.from(
        { length: random(12) },
        () => `[${space()}${random(proteges + 1)},${random(supporters)}${space()},${random(1200)}]`,
      );
      const text = `{${space()}"proteges":${proteges},"supporters":${space()}${supporters},"capacity":[${capacity.join(`,${space()}`)}],${space()}"edges":[${edges.join(`${space()},`)}]${space()}}`;
      const { fast, slow } = bothWays(text);
      expect(fast, text).toEqual(slow);
    }
  });
});
