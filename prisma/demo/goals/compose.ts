/**
 * Writes one goal statement in a person's own words: picks a shape (aim first, situation
 * first, a bare note, a question, a long one with background), fills it from the theme, then
 * maybe adds an opener, a second theme, a sign-off or a typo.
 */
import type { Random } from '../random';
import type { GoalContext, Theme } from './context';
import {
  AIM_VOICES,
  BACKGROUNDS,
  BOTH_JOINS,
  CLOSERS,
  COACH_ASKS,
  MENTOR_ASKS,
  WHEN,
  capitalise,
  QUESTIONS,
  lowerFirst,
  opener,
} from './voice';
import { addTypo } from './typos';

export interface StatementPlan {
  primary: Theme;
  /** Whether the primary theme calls for a mentor; decides the kind of help asked for. */
  mentorFirst: boolean;
  /** A second theme of the other kind, for goals that need both. */
  secondary?: Theme;
}

type Shape = 'aim' | 'situation-first' | 'bare' | 'situation-only' | 'long' | 'question';
const SHAPES: readonly (readonly [Shape, number])[] = [
  ['aim', 35],
  ['situation-first', 25],
  ['bare', 12],
  ['situation-only', 8],
  ['long', 10],
  ['question', 10],
];

export function composeStatement(
  plan: StatementPlan,
  context: GoalContext,
  random: Random,
): string {
  const aim = random.pick(plan.primary.aims)(context);
  const situation = random.pick(plan.primary.situations)(context);
  const voice = () => random.pick(AIM_VOICES)(aim, random.pick(WHEN));
  const ask = () => random.pick(plan.mentorFirst ? MENTOR_ASKS : COACH_ASKS);
  const shape = random.weighted(SHAPES);
  const sentences: string[] = [];
  switch (shape) {
    case 'aim':
      sentences.push(voice());
      if (random.chance(0.3)) sentences.push(situation);
      if (random.chance(0.45)) sentences.push(ask());
      break;
    case 'situation-first':
      sentences.push(situation, voice());
      if (random.chance(0.4)) sentences.push(ask());
      break;
    case 'bare':
      sentences.push(capitalise(aim) + (random.chance(0.5) ? '' : ` ${random.pick(WHEN)}`));
      break;
    case 'situation-only':
      sentences.push(situation, ask());
      break;
    case 'long':
      sentences.push(
        random.pick(BACKGROUNDS)(context.title, context.functionName, context.years),
        voice(),
        situation,
        ask(),
      );
      break;
    case 'question':
      sentences.push(random.pick(QUESTIONS)(aim));
      if (random.chance(0.5)) sentences.push(situation);
  }
  if (
    (shape === 'aim' || shape === 'situation-first' || shape === 'situation-only') &&
    random.chance(0.3)
  ) {
    sentences[0] = opener(random) + lowerFirst(sentences[0] ?? '');
  }
  if (plan.secondary) {
    finishLast(sentences);
    sentences.push(
      random.pick(BOTH_JOINS)(lowerFirst(secondPart(plan.secondary, context, random))),
    );
  }
  if (random.chance(0.08)) {
    finishLast(sentences);
    sentences.push(random.pick(CLOSERS));
  }

  const separator = sentences.length > 3 && random.chance(0.25) ? '\n' : ' ';
  let statement = sentences.join(separator);
  if (random.chance(0.07)) statement = addTypo(statement, random);
  return fitLength(statement, random);
}

/** A bare note ends without a stop; it needs one once something follows it. */
function finishLast(sentences: string[]): void {
  const last = sentences.length - 1;
  const text = sentences[last];
  if (text !== undefined && !/[.!?)]$/.test(text)) sentences[last] = `${text}.`;
}

function secondPart(theme: Theme, context: GoalContext, random: Random): string {
  if (random.chance(0.5)) return random.pick(theme.situations)(context);
  return random.pick(AIM_VOICES.slice(0, 9))(random.pick(theme.aims)(context), random.pick(WHEN));
}

/** The goal form accepts 10 to 2000 characters; the generator keeps to the same rule. */
function fitLength(statement: string, random: Random): string {
  let text = statement.trim();
  if (text.length < 10) text = `${text} ${random.pick(COACH_ASKS)}`;
  return text.length > 2000 ? text.slice(0, 2000).trimEnd() : text;
}
