import { describe, expect, it } from 'vitest';
import { fitInWords } from './fit-words';

describe('fitInWords', () => {
  it.each([
    [1000, 'Excellent fit'],
    [700, 'Excellent fit'],
    [699, 'Strong fit'],
    [500, 'Strong fit'],
    [300, 'Good fit'],
    [299, 'Possible fit'],
    [0, 'Possible fit'],
  ])('reads %i as %s', (score, words) => expect(fitInWords(score)).toBe(words));
});
