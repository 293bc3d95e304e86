import { describe, expect, it } from 'vitest';
import { createActor } from '@/scripts/support/actors';
import { inTransaction, lockUser } from './transaction';

/** A promise and the function that settles it, for making two transactions meet. */
function signal() {
  let fire!: () => void;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fire, fired };
}

describe('inTransaction', () => {
  it('runs a transaction PostgreSQL aborted as a deadlock again, so both callers finish', async () => {
    const [a, b] = [await createActor(), await createActor()];
    const firstHolds = signal();
    const secondHolds = signal();
    const attempts = { first: 0, second: 0 };
    // Each locks one row, waits until the other holds its row, then asks for the other's:
    // the textbook deadlock. PostgreSQL aborts one; it must run again and succeed.
    const crossing = (own: string, other: string, me: keyof typeof attempts) =>
      inTransaction(async (tx) => {
        attempts[me] += 1;
        await lockUser(tx, own);
        (me === 'first' ? firstHolds : secondHolds).fire();
        await (me === 'first' ? secondHolds : firstHolds).fired;
        await lockUser(tx, other);
        return me;
      });
    const done = await Promise.all([crossing(a.id, b.id, 'first'), crossing(b.id, a.id, 'second')]);
    expect(done).toEqual(['first', 'second']);
    expect(attempts.first + attempts.second).toBe(3);
  });

  it('does not run again what failed for another reason', async () => {
    let attempts = 0;
    const failing = inTransaction(async () => {
      attempts += 1;
      throw new Error('a bug, not a conflict');
    });
    await expect(failing).rejects.toThrow('a bug, not a conflict');
    expect(attempts).toBe(1);
  });
});
