/**
 * When two role readings are the same role, and how a role is said in a sentence. Matching
 * compares a goal's target with the steps of people's careers through these.
 */
import type { RoleReading } from '@/lib/core/goals/intent/types';
import { levelName } from '@/lib/core/profile/levels';
import { functionKey, sameFunction } from './canonical-function';

/**
 * Same function and same level is the same role ("Head of Engineering" and "Engineering
 * Director"); titles decide only where a function or level is missing on either side.
 */
export function sameRole(a: RoleReading, b: RoleReading): boolean {
  const titled = a.title !== null && a.title.toLowerCase() === b.title?.toLowerCase();
  if (a.function === null || b.function === null) return titled && a.level === b.level;
  if (!sameFunction(a.function, b.function)) return false;
  if (a.level === null || b.level === null) return titled && a.level === b.level;
  return a.level === b.level;
}

function article(phrase: string): string {
  return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

/** "Team Lead in Finance", "Director of Engineering", "a lead-level role in Nursing". */
export function roleInWords(role: RoleReading): string {
  const fn = functionKey(role.function);
  if (role.title) {
    const named = fn !== null && role.title.toLowerCase().includes(fn.toLowerCase());
    return fn && !named ? `${role.title} in ${fn}` : role.title;
  }
  const levelled = role.level !== null ? `${levelName(role.level).toLowerCase()}-level role` : null;
  if (levelled && fn) return `${article(levelled)} in ${fn}`;
  if (levelled) return article(levelled);
  if (fn) return `a role in ${fn}`;
  return 'no particular role';
}
