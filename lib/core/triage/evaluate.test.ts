import { describe, expect, it } from 'vitest';
import { confusionTable, parseLabelled, pickLines, scoreTriage } from './evaluate';

const file = [
  '{"goal":"I want to become a CFO and hear how others got there","label":"mentor"}',
  '',
  '{"goal":"I need to get better at presenting","label":"coach","note":"a skill"}',
  '{"goal":"Aiming for VP","label":"coach"}',
].join('\n');

describe('scoring labelled goals', () => {
  it('numbers lines as the file does, blank lines included', () => {
    expect(parseLabelled(file).map((item) => item.line)).toEqual([1, 3, 4]);
  });

  it('picks only the lines a split names', () => {
    expect(pickLines(parseLabelled(file), [3, 7]).map((item) => item.goal)).toEqual([
      'I need to get better at presenting',
    ]);
  });

  it('counts agreement, fills the matrix by label and prediction, and keeps the misses', () => {
    const score = scoreTriage(parseLabelled(file));
    expect(score).toMatchObject({ size: 3, right: 2 });
    expect(score.accuracy).toBeCloseTo(2 / 3);
    expect(score.matrix).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [0, 0, 0],
    ]);
    expect(score.misses.map(({ item, predicted }) => [item.line, predicted])).toEqual([
      [4, 'mentor'],
    ]);
    expect(confusionTable('demo', score)).toContain('demo: 2/3 = 66.7%');
  });

  it('rejects a line without a known label', () => {
    expect(() => parseLabelled('{"goal":"x","label":"guru"}')).toThrow();
  });
});
