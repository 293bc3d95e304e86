/**
 * A move to another country: "moving to the Netherlands", "relocating to Dubai", "emigrating".
 * Country names come from the ISO list, matched as written (not through the typo corrector,
 * which would read "child" as "Chile"), and only after a word of moving, so "a client in
 * Germany" is not a move. Labelling rule 1: a move across countries is a mentor's ground.
 */
import { COUNTRIES } from '@/lib/core/profile/places';
import { COUNTRY_MOVE_CUE } from './cues/detected';
import type { CueHit } from './match';
import { describe } from './match';
import type { GoalToken } from './nlp';
import { polarityOf } from './polarity';

// Words that are a move abroad on their own.
const MOVING_ABROAD = new Set([
  'relocate',
  'relocating',
  'relocated',
  'relocation',
  'emigrate',
  'emigrating',
  'emigrated',
  'emigration',
  'abroad',
  'overseas',
  'expat',
]);
// Words that are a move abroad when a country follows: "moving to Canada", "back to Brazil".
const MOVE_WORDS = new Set(['move', 'moving', 'moved', 'back', 'transfer', 'transferring']);
const LINKS = new Set(['to', 'in', 'into', 'the', 'out', 'of', 'over']);
const REACH = 4;
// Common ways of naming places the ISO list spells otherwise.
const ALSO_PLACES = [
  'uk',
  'us',
  'usa',
  'uae',
  'britain',
  'england',
  'scotland',
  'wales',
  'america',
  'the states',
  'europe',
  'asia',
  'africa',
  'the gulf',
  'dubai',
  'abu dhabi',
];

const PLACES: readonly (readonly string[])[] = [
  ...COUNTRIES.map(({ name }) => name),
  ...ALSO_PLACES,
]
  .filter((name) => /^[a-z '-]+$/i.test(name))
  .map((name) => name.toLowerCase().split(/\s+/));

function placeEnd(tokens: readonly GoalToken[], at: number): number {
  let best = -1;
  for (const words of PLACES) {
    if (words.every((word, k) => tokens[at + k]?.normal === word)) {
      best = Math.max(best, at + words.length - 1);
    }
  }
  return best;
}

export function findCountryMoves(tokens: readonly GoalToken[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const token = tokens[start];
    if (!token) continue;
    let end = MOVING_ABROAD.has(token.normal) ? start : -1;
    if (MOVE_WORDS.has(token.normal)) {
      for (let i = start + 1; i < tokens.length && i <= start + REACH; i++) {
        end = placeEnd(tokens, i);
        if (end >= 0 || !LINKS.has(tokens[i]?.normal ?? '')) break;
      }
    }
    if (end < 0) continue;
    hits.push({
      cue: COUNTRY_MOVE_CUE,
      polarity: polarityOf(tokens, start, end),
      found: describe(tokens, start, end),
      start,
      end,
    });
    start = end;
  }
  return hits;
}
