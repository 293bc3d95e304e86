import { describe, expect, it } from 'vitest';
import { DEFAULT_FIT_WEIGHTS } from '@/lib/core/matching/fit';
import { storedFitWeightsSchema } from './stored-json';

describe('stored fit weights', () => {
  it('take the non-negative weights every writer gives, and refuse a negative one', () => {
    expect(storedFitWeightsSchema.parse(DEFAULT_FIT_WEIGHTS)).toEqual(DEFAULT_FIT_WEIGHTS);
    expect(storedFitWeightsSchema.parse({ ...DEFAULT_FIT_WEIGHTS, topics: 0 }).topics).toBe(0);
    expect(storedFitWeightsSchema.safeParse({ ...DEFAULT_FIT_WEIGHTS, topics: -1 }).success).toBe(
      false,
    );
  });

  it('drop keys the schema does not name, rather than refusing them', () => {
    expect(storedFitWeightsSchema.parse({ ...DEFAULT_FIT_WEIGHTS, retired: 3 })).toEqual(
      DEFAULT_FIT_WEIGHTS,
    );
  });
});
