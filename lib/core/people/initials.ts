/**
 * The initials an avatar shows for a name, and a colour picked from the name so that the same
 * person always looks the same. Names come in every script and shape ("Ana María de la Cruz",
 * "李小龙", "o'Brien"), so this takes the first letter of the first and the last word, whole
 * characters (not UTF-16 halves), and falls back to "?" when there are no letters at all.
 */
const LETTER = /\p{L}/u;

export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/u)
    .map((word) => [...word].find((char) => LETTER.test(char)))
    .filter((char): char is string => char !== undefined);
  if (words.length === 0) return '?';
  const first = words[0]!;
  const last = words.length > 1 ? words[words.length - 1]! : '';
  return (first + last).toLocaleUpperCase();
}

/** Background tones dark enough for white text at the WCAG AA ratio. */
export const AVATAR_TONES = [
  'bg-indigo-700',
  'bg-emerald-800',
  'bg-rose-700',
  'bg-sky-800',
  'bg-amber-800',
  'bg-violet-700',
  'bg-teal-800',
  'bg-slate-700',
] as const;

/** A stable tone for a key (the person's id): the same key always gets the same tone. */
export function avatarTone(key: string): (typeof AVATAR_TONES)[number] {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return AVATAR_TONES[hash % AVATAR_TONES.length]!;
}
