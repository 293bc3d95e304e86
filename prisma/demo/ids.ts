/**
 * Deterministic ids for demo rows, so the generator can wire relations (manager, owner)
 * without database round trips. They are shaped like cuids (a "c", then lower-case letters
 * and digits, 25 characters) so any code that validates ids as cuids accepts them.
 */

const KIND_LETTER = {
  organisation: 'o',
  function: 'f',
  user: 'u',
  experience: 'x',
  goal: 'g',
} as const;

export type DemoIdKind = keyof typeof KIND_LETTER;

const PREFIX = 'cdemo';
const LENGTH = 25;

export function demoId(kind: DemoIdKind, index: number): string {
  const head = `${PREFIX}${KIND_LETTER[kind]}`;
  return `${head}${String(index).padStart(LENGTH - head.length, '0')}`;
}
