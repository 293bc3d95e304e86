/**
 * The key two function names are compared by, so "HR" and "People" or "Software Engineering"
 * and "Engineering" are one function when matching a goal's target with a career step. Names
 * the roles catalogue does not know compare as written. A file repeats few names many times,
 * so each is worked out once.
 */
import { functionKey } from '@/lib/core/roles';

const keys = new Map<string, string>();

export function functionKeyOf(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = (functionKey(name) ?? '').toLowerCase();
    // Bounded: a hostile file of distinct made-up names must not grow it without end.
    if (keys.size < 10_000) keys.set(name, key);
  }
  return key;
}
