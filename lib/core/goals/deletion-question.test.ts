import { describe, expect, it } from 'vitest';
import { deletionQuestion } from './deletion-question';

describe('the question before deleting a goal', () => {
  it('names what else ends, and says the other side is told', () => {
    expect(
      deletionQuestion({
        relationships: [{ kind: 'MENTOR', with: 'Dana Ruiz' }],
        openRequests: 2,
      }),
    ).toBe(
      'Delete this goal? This also ends your mentoring relationship with Dana Ruiz and its 2 open requests; the other side is told, and it cannot be undone.',
    );
  });

  it('says only that it cannot be undone when nothing else ends', () => {
    expect(deletionQuestion({ relationships: [], openRequests: 0 })).toBe(
      'Delete this goal? This cannot be undone.',
    );
  });
});
