/**
 * Whether a cue the person wrote is something they want, or something they set aside.
 * wink flags the words a negation governs; this decides what that negation means here:
 *   "I don't need help presenting"        -> set aside (the need itself is negated)
 *   "I never learned how to delegate"     -> still wanted (a gap, stated negatively)
 *   "not sure whether to aim for VP"      -> doubted (neither counts nor is quoted back)
 *   "presenting isn't my problem"         -> set aside (negation after the cue)
 *   "instead of presenting, ..."          -> set aside (contrast)
 */
import type { GoalToken } from './nlp';
import { stemWord } from './nlp';

export type Polarity = 'wanted' | 'set-aside' | 'doubted';

function stems(words: string): ReadonlySet<string> {
  return new Set(words.split(' ').flatMap((word) => stemWord(word).map((form) => form.stem)));
}

// After "not"/"never"/"no": these mean the person does not want the thing that follows.
const REFUSAL_HEADS = stems(
  'need needs want wanted look looking seek seeking ask asking interested interest care after about ' +
    'require aiming aim plan desire keen fussed bothered worried problem issue focus priority goal point ' +
    // "I'm not trying to make partner": the person has ruled the destination out.
    'try trying',
);
const DOUBT_HEADS = stems('sure certain convinced decided');
// "not just presenting but also..." keeps what follows.
const KEEP_HEADS = new Set(['just', 'only', 'simply', 'merely']);
const SKIP = new Set([
  'really',
  'even',
  'a',
  'an',
  'the',
  'my',
  'any',
  'that',
  'so',
  'too',
  'at',
  'all',
  'much',
  'in',
]);
// A fresh want inside a long negated stretch starts a new, positive thought.
const FRESH_WANT = stems('need want like love hope');
const CONTRAST = ['instead of', 'rather than', 'other than', 'less about'].map((phrase) =>
  phrase.split(' '),
);

function headAfter(tokens: readonly GoalToken[], trigger: number): number {
  let i = trigger + 1;
  while (i < tokens.length && SKIP.has(tokens[i]?.normal ?? '')) i++;
  return i;
}

// "not presentation skills, but..." sets the cue aside; "I have never managed a project" or
// "I'm not a good presenter" states a gap: the negation leans on a verb before it.
const AUXILIARY = new Set([
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'can',
  'could',
  'will',
  'would',
  'is',
  'am',
  'are',
  'was',
  'were',
  "i'm",
  'be',
]);

function refusesCueItself(tokens: readonly GoalToken[], trigger: number): boolean {
  const word = tokens[trigger]?.normal ?? '';
  return (word === 'not' || word === 'no') && !AUXILIARY.has(tokens[trigger - 1]?.normal ?? '');
}

function judgeHead(
  tokens: readonly GoalToken[],
  trigger: number,
  start: number,
  end: number,
): Polarity | undefined {
  const head = headAfter(tokens, trigger);
  const token = tokens[head];
  if (!token) return undefined;
  if (KEEP_HEADS.has(token.normal)) return 'wanted';
  if (REFUSAL_HEADS.has(token.stem)) return 'set-aside';
  if (head >= start && head <= end)
    return refusesCueItself(tokens, trigger) ? 'set-aside' : 'wanted';
  if (DOUBT_HEADS.has(token.stem)) return 'doubted';
  return undefined;
}

function negatedFromBefore(
  tokens: readonly GoalToken[],
  start: number,
  negated: number,
  end: number,
): Polarity {
  let first = negated;
  while (first > 0 && tokens[first - 1]?.negated) first--;
  const trigger = first - 1;
  // The negation is part of the cue itself ("not sure what's next"): the cue stands.
  if (trigger >= start) return 'wanted';
  for (let i = headAfter(tokens, trigger) + 1; i < start; i++) {
    if (FRESH_WANT.has(tokens[i]?.stem ?? '')) return 'wanted';
  }
  return judgeHead(tokens, trigger, start, end) ?? 'wanted';
}

// "lads who don't want to take orders": a negation after one of these is another clause's.
const RELATIVES = new Set(['who', 'that', 'which', 'whom', 'whose']);

function negatedAfter(tokens: readonly GoalToken[], end: number): boolean {
  // "presenting isn't my problem": a negation shortly after the cue, in the same clause.
  for (let i = end + 1; i < tokens.length && i <= end + 4; i++) {
    const token = tokens[i];
    if (!token || token.boundary || RELATIVES.has(token.normal)) return false;
    if (tokens[i + 1]?.negated && !token.negated)
      return judgeHead(tokens, i, -1, -1) === 'set-aside';
  }
  return false;
}

function contrasted(tokens: readonly GoalToken[], start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 5; i--) {
    if (tokens[i]?.boundary) return false;
    if (CONTRAST.some((words) => words.every((word, k) => tokens[i + k]?.normal === word)))
      return true;
  }
  return false;
}

export function polarityOf(tokens: readonly GoalToken[], start: number, end: number): Polarity {
  if (contrasted(tokens, start)) return 'set-aside';
  for (let i = start; i <= end; i++) {
    if (tokens[i]?.negated) return negatedFromBefore(tokens, start, i, end);
  }
  return negatedAfter(tokens, end) ? 'set-aside' : 'wanted';
}
