/**
 * What a goal's wording can refer to: the writer's role, where they want to go, and the
 * names around them. Phrases are small functions of this context.
 */
import type { GoalNeed } from '@/lib/core/goals/needs';

export interface GoalContext {
  title: string;
  functionName: string;
  otherFunction: string;
  targetTitle: string;
  /** Name of the level they aim for, lower-case: "director". */
  targetLevelName: string;
  area: string;
  years: number;
  organisation: string;
  /** A country they might move to, as written in a sentence. */
  abroad: string;
}

export type Phrase = (context: GoalContext) => string;

/** One kind of goal: aims are verb phrases ("get better at X"), situations full sentences. */
export interface Theme {
  need: GoalNeed;
  aims: readonly Phrase[];
  situations: readonly Phrase[];
}

/** "a Staff Engineer", "an Analytics Manager". */
export function withArticle(title: string): string {
  return `${/^[aeiou]/i.test(title) ? 'an' : 'a'} ${title}`;
}
