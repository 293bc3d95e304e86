/**
 * Ids for rows the app writes without Prisma's `@default(cuid())` (bulk inserts, the demo
 * data). They have a cuid's shape (a "c", then 24 lower-case letters and digits) so anything
 * that takes a stored id takes them, and, like a cuid, they cannot be worked out from another
 * id: each carries 12 base-36 characters (about 62 bits) from node:crypto, more than the 8
 * characters of Math.random a cuid carries. Knowing one id of an import must never tell
 * anyone the id of a goal they were not shown.
 */
import { randomBytes } from 'node:crypto';

const RANDOM_CHARS = 12;
const RANGE = 36n ** BigInt(RANDOM_CHARS);

// 64 random bits folded into 12 base-36 characters (36^12 is a quarter of 2^64, so the fold's
// bias is below one part in four: still about 62 bits no one can predict).
function randomChars(): string {
  const value = randomBytes(8).readBigUInt64BE() % RANGE;
  return value.toString(36).padStart(RANDOM_CHARS, '0');
}

/**
 * A maker of ids that sort in the order it made them (a millisecond clock and a counter lead,
 * the random part follows), so rows one bulk insert writes with the same `createdAt` still
 * list in the order they were given.
 */
export function orderedIdMaker(now: () => number = Date.now): () => string {
  let last = '';
  let counter = 0;
  return () => {
    const time = now().toString(36).padStart(8, '0').slice(-8);
    counter = time === last ? counter + 1 : 0;
    last = time;
    return `c${time}${counter.toString(36).padStart(4, '0')}${randomChars()}`;
  };
}

/** One unguessable id, for a row written on its own. */
export const randomId: () => string = orderedIdMaker();
