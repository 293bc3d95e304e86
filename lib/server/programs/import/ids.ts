import 'server-only';
/**
 * Ids for rows an import writes itself (bulk inserts skip Prisma's id default). Shaped like
 * cuids, and in one import they sort in file order, so an export lists a person's career steps
 * and goals in the order the file gave them.
 */
import { randomBytes } from 'node:crypto';

export function idMaker(): () => string {
  const head = `c${Date.now().toString(36).padStart(9, '0')}${randomBytes(4).toString('hex').slice(0, 7)}`;
  let next = 0;
  return () => head + (next++).toString(36).padStart(8, '0');
}
