import { describe, expect, it } from 'vitest';
import { binDays, binUtilisation, fillWeeks, oneDecimal, utilisationBucket } from './bins';

describe('binDays', () => {
  it('folds whole days into ordered bins, with zeros where nothing fell', () => {
    const bins = binDays([
      { day: 0, count: 2 },
      { day: 4, count: 1 },
      { day: 6, count: 3 },
      { day: 14, count: 5 },
    ]);
    expect(bins.map((b) => b.count)).toEqual([2, 0, 0, 4, 0, 5]);
    expect(bins.map((b) => b.label)).toEqual([
      'Same day',
      '1 day',
      '2 days',
      '3–6 days',
      '1–2 weeks',
      '2 weeks or more',
    ]);
  });
});

describe('utilisationBucket', () => {
  it.each([
    [0, 0, 'NO_CAPACITY'],
    [1, 0, 'NO_CAPACITY'],
    [0, 3, 'IDLE'],
    [1, 3, 'UNDER_HALF'],
    [1, 2, 'HALF_OR_MORE'],
    [2, 3, 'HALF_OR_MORE'],
    [3, 3, 'FULL'],
    [4, 3, 'OVER'],
  ] as const)('%i taken of %i places is %s', (taken, capacity, bucket) => {
    expect(utilisationBucket(taken, capacity)).toBe(bucket);
  });

  it('every bucket has a bar, in order, counted from the grouped rows', () => {
    expect(binUtilisation([{ bucket: 'FULL', count: 2 }]).map((b) => b.count)).toEqual([
      0, 0, 0, 0, 2, 0,
    ]);
  });
});

describe('fillWeeks', () => {
  const week = (iso: string, meanRating: number | null, checkIns: number) => ({
    week: new Date(`${iso}T00:00:00Z`),
    meanRating,
    checkIns,
  });

  it('adds the quiet weeks between the first and last as gaps', () => {
    expect(fillWeeks([week('2026-01-05', 4, 2), week('2026-01-26', 3, 1)])).toEqual([
      week('2026-01-05', 4, 2),
      week('2026-01-12', null, 0),
      week('2026-01-19', null, 0),
      week('2026-01-26', 3, 1),
    ]);
  });

  it('is empty without check-ins', () => {
    expect(fillWeeks([])).toEqual([]);
  });
});

describe('oneDecimal', () => {
  it('rounds to one decimal place', () => {
    expect(oneDecimal(1.75)).toBe(1.8);
    expect(oneDecimal(3.333)).toBe(3.3);
  });
});
