import { describe, expect, it } from 'vitest';
import { orderedIdMaker, randomId } from './random-id';

describe('orderedIdMaker', () => {
  it('makes cuid-shaped ids that sort in the order they were made', () => {
    const newId = orderedIdMaker(() => 1_800_000_000_000);
    const ids = Array.from({ length: 500 }, newId);
    for (const id of ids) expect(id).toMatch(/^c[a-z0-9]{24}$/);
    expect(ids.toSorted()).toEqual(ids);
  });

  it('keeps ids made one after the other apart in their random part', () => {
    // Same clock, consecutive counters: a neighbour's id must not be derivable from one id.
    const newId = orderedIdMaker(() => 1_800_000_000_000);
    const [first, second] = [newId(), newId()];
    const tail = (id: string) => id.slice(13);
    expect(tail(first)).not.toEqual(tail(second));
    const shared = [...tail(first)].filter((char, i) => tail(second)[i] === char).length;
    expect(shared).toBeLessThan(6);
  });

  it('never repeats', () => {
    const ids = Array.from({ length: 10_000 }, randomId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
