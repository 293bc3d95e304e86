/**
 * Starting a company or practice, or going freelance or independent ("start my own
 * physiotherapy clinic", "found a B2B startup", "co-found a fintech"). Growing a business
 * the person already owns is not founding, so "I own a cafe" is no cue.
 */
import { functionsNamedIn } from '@/lib/core/roles/function-lookup';
import type { GoalWord } from './goal-words';

const STARTING_VERBS = new Set([
  'start',
  'starting',
  'found',
  'launch',
  'launching',
  'open',
  'opening',
  'build',
  'building',
  'create',
  'creating',
  'setting',
  'set',
  'run',
  'form',
  'buy',
  'have',
  'own',
]);
// These name founding by themselves, with no business noun after them.
const FOUNDING_VERBS = new Set(['founding', 'cofound', 'cofounding', 'co']);
// "Open a second cafe" grows a business the person has; it founds nothing.
const GROWING = new Set(['second', 'another', 'third', 'more', 'next']);
const BUSINESS_NOUNS = new Set([
  'company',
  'business',
  'startup',
  'firm',
  'practice',
  'agency',
  'consultancy',
  'clinic',
  'studio',
  'shop',
  'cafe',
  'restaurant',
  'venture',
  'brand',
  'charity',
  'enterprise',
  'label',
  'bakery',
  'salon',
  'fintech',
  'saas',
  'app',
  'nursery',
  'gym',
  'school',
  'nonprofit',
  'garage',
  'workshop',
  'bar',
  'pub',
  'farm',
  'store',
  'boutique',
  'franchise',
  'surgery',
  'kitchen',
  'gallery',
]);
const SELF_EMPLOYED = [
  'work for myself',
  'be my own boss',
  'strike out on my own',
  'go it alone',
  'set up on my own',
  'go out on my own',
  'going out on my own',
  'start out on my own',
  'go solo',
  'going solo',
  'go independent',
  'going independent',
  'into a business',
  'into a full time business',
];

export interface FoundingCue {
  /** The words naming what is founded ("physiotherapy clinic"), to read its function. */
  functions: string[];
}

function isBusinessNoun(words: readonly GoalWord[], at: number): boolean {
  const word = words[at]?.word ?? '';
  // A hyphenated "start-up" comes back as "start up".
  return BUSINESS_NOUNS.has(word) || (word === 'start' && words[at + 1]?.word === 'up' && at > 0);
}

export function foundingCue(words: readonly GoalWord[]): FoundingCue | null {
  const text = words.map((word) => word.word).join(' ');
  for (let at = 0; at < words.length; at++) {
    const verb = words[at] as GoalWord;
    if (verb.negated || verb.punctuation) continue;
    const byItself =
      FOUNDING_VERBS.has(verb.word) && (verb.word !== 'co' || /^co-?found/i.test(verb.raw));
    if (!byItself && !STARTING_VERBS.has(verb.word)) continue;
    // "I want to run my own business" founds one; "run a concert hall" does not.
    const after = words[at + 1]?.word === 'up' ? at + 2 : at + 1;
    const own = words[after]?.word === 'my' && words[after + 1]?.word === 'own';
    // "have my own salon" founds one; "I have a shop" or "I own a cafe" says what already is.
    if ((verb.word === 'have' || verb.word === 'own') && !(own && words[at - 1]?.word === 'to'))
      continue;
    if (verb.word === 'run' && !own) continue;
    if (verb.word === 'set' && words[at + 1]?.word !== 'up') continue;
    // "start my own X" founds X whatever it is called.
    const ownStart = own && verb.word !== 'run';
    for (let end = at + 1; end < Math.min(words.length, at + 8); end++) {
      const word = words[end] as GoalWord;
      if (word.punctuation) break;
      if (isBusinessNoun(words, end) && end > at + 1) {
        const object = words.slice(at + 1, end + 1).map((w) => w.word);
        if (object.some((word) => GROWING.has(word))) break;
        return { functions: functionsNamedIn(object) };
      }
    }
    if (byItself) return { functions: [] };
    if (ownStart) {
      const object = words.slice(after + 2, after + 6).filter((w) => !w.punctuation);
      return { functions: functionsNamedIn(object.map((w) => w.word)) };
    }
  }
  if (SELF_EMPLOYED.some((phrase) => text.includes(phrase))) return { functions: [] };
  return null;
}
