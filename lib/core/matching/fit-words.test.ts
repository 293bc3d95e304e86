import { describe, expect, it } from 'vitest';
import { fitInWords } from './fit-words';

describe('fitInWords', () => {
  it.each([
    [1000, 'Excellent fit'],
    [750, 'Excellent fit'],
    [749, 'Strong fit'],
    [500, 'Strong fit'],
    [499, 'Good fit'],
    [250, 'Good fit'],
    [249, 'Possible fit'],
    [0, 'Possible fit'],
  ])('reads %i as %s', (score, words) => expect(fitInWords(score)).toBe(words));
});
