import { describe, expect, it } from 'vitest';
import {
  bands,
  countTicks,
  linearScale,
  rowStarts,
  thinLabels,
  unbrokenRuns,
  wrapLabel,
} from './chart-geometry';

describe('linearScale', () => {
  it('maps the ends of the values onto the ends of the drawing, upside down for a y axis', () => {
    const y = linearScale([0, 10], [200, 0]);
    expect([y(0), y(5), y(10)]).toEqual([200, 100, 0]);
  });

  it('puts every value at the start when the values span nothing', () => {
    expect(linearScale([3, 3], [10, 50])(3)).toBe(10);
  });
});

describe('countTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten up to a round top at or above the largest', () => {
    expect(countTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(countTicks(9)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(countTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(countTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(countTicks(301)).toEqual([0, 100, 200, 300, 400]);
  });

  it('counts in whole numbers even when the largest value is small', () => {
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(2)).toEqual([0, 1, 2]);
  });

  it('still draws an axis when every value is zero', () => {
    expect(countTicks(0)).toEqual([0, 1]);
  });
});

describe('bands', () => {
  it('splits the range into equal slots and centres each band in its slot', () => {
    const b = bands(4, [0, 400], 0.2);
    expect(b.slot).toBe(100);
    expect(b.width).toBe(80);
    expect([b.at(0), b.at(3)]).toEqual([10, 310]);
  });

  it('lets bands touch when there is no gap', () => {
    const b = bands(2, [10, 30], 0);
    expect([b.at(0), b.at(1), b.width]).toEqual([10, 20, 10]);
  });
});

describe('wrapLabel', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('Coach', 100, 10)).toEqual(['Coach']);
  });

  it('breaks at spaces into lines that fit', () => {
    // 10 units of text at size 10 hold 18 characters a line in 100 units.
    expect(wrapLabel('Asked (requests and invitations)', 100, 10)).toEqual([
      'Asked (requests',
      'and invitations)',
    ]);
  });

  it('ends with an ellipsis what does not fit in the lines allowed', () => {
    // 12 characters a line.
    expect(wrapLabel('Ended after working together for years', 70, 10, 2)).toEqual([
      'Ended after',
      'working tog…',
    ]);
  });

  it('keeps to one line when asked', () => {
    expect(wrapLabel('Not yet set up', 100, 10, 1)).toEqual(['Not yet set up']);
    expect(wrapLabel('Protégés (have a goal)', 100, 10, 1)).toEqual(['Protégés (have a…']);
  });

  it('draws nothing for an empty label', () => {
    expect(wrapLabel('', 100, 10)).toEqual([]);
  });

  it('cuts a single word too long for its line', () => {
    expect(wrapLabel('Supercalifragilistic', 33, 10)).toEqual(['Super…']);
  });
});

describe('thinLabels', () => {
  it('keeps every label when each has room', () => {
    expect(thinLabels(4, 100, 60, 16)).toEqual([0, 1, 2, 3]);
  });

  it('keeps every k-th label from the first when they would overlap', () => {
    expect(thinLabels(7, 30, 60, 16)).toEqual([0, 3, 6]);
  });
});

describe('unbrokenRuns', () => {
  it('splits a series at its gaps, keeping each point where it stood', () => {
    expect(unbrokenRuns([3, 4, null, 5, null, null, 2])).toEqual([
      [
        { index: 0, value: 3 },
        { index: 1, value: 4 },
      ],
      [{ index: 3, value: 5 }],
      [{ index: 6, value: 2 }],
    ]);
  });

  it('has no runs when nothing is known', () => {
    expect(unbrokenRuns([null, null])).toEqual([]);
  });
});

describe('rowStarts', () => {
  it('starts each item after the ones before it and the space between', () => {
    expect(rowStarts([10, 20, 5], 100, 4)).toEqual([100, 114, 138]);
  });
});
