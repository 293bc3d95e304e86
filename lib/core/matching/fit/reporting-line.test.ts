import { describe, expect, it } from 'vitest';
import { ancestorsOf, inReportingLine } from './reporting-line';

describe('reporting line', () => {
  it('collects every manager above a person, at any depth', () => {
    const managers = new Map<string, string | null>([
      ['ceo', null],
      ['vp', 'ceo'],
      ['director', 'vp'],
      ['analyst', 'director'],
      ['other', 'ceo'],
    ]);
    const ancestors = ancestorsOf(managers);
    expect([...(ancestors.get('analyst') ?? [])].sort()).toEqual(['ceo', 'director', 'vp']);
    expect(inReportingLine('analyst', 'ceo', ancestors)).toBe(true);
    expect(inReportingLine('ceo', 'analyst', ancestors)).toBe(true);
    expect(inReportingLine('analyst', 'other', ancestors)).toBe(false);
  });

  it('stops at a manager loop in the data instead of spinning', () => {
    const ancestors = ancestorsOf(
      new Map([
        ['a', 'b'],
        ['b', 'a'],
        ['c', 'a'],
      ]),
    );
    expect(ancestors.get('c')?.has('a')).toBe(true);
    expect(ancestors.get('a')?.has('a')).toBe(false);
  });
});
