/**
 * A counter in shared memory that hands out work by number: each call to a taker returns the
 * next number no other thread has had, so threads that take until the numbers run out share
 * the work as their speed allows, with no one deciding the split in advance.
 */
export const sharedCounter = () => new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);

export function taker(counter: SharedArrayBuffer): () => number {
  const cell = new Int32Array(counter);
  return () => Atomics.add(cell, 0, 1);
}
