/**
 * Every word the role lexicons know, so a slip in a title can be mended towards one of them
 * (and the goal reader can add its own words to the same list).
 */
import { ABBREVIATIONS } from './abbreviations';
import { FUNCTION_CATALOGUE } from './function-catalogue';
import {
  CRAFT_DIRECTOR_KINDS,
  INDIVIDUAL_MANAGER_KINDS,
  JOB_NOUNS,
  LARGE_UNIT_WORDS,
  RANK_HEADS,
  SENIORITY_WORDS,
  TITLE_FACTS,
  TITLE_SYNONYMS,
} from './title-lexicon';

const phrases: string[] = [
  ...FUNCTION_CATALOGUE.flatMap((entry) => [
    entry.name.toLowerCase(),
    ...entry.names,
    ...entry.titles,
  ]),
  ...Object.keys(TITLE_SYNONYMS),
  ...Object.values(TITLE_SYNONYMS),
  ...Object.keys(TITLE_FACTS),
  ...Object.keys(RANK_HEADS),
  ...JOB_NOUNS,
  ...Object.keys(SENIORITY_WORDS),
  ...Object.values(ABBREVIATIONS),
  ...INDIVIDUAL_MANAGER_KINDS,
  ...CRAFT_DIRECTOR_KINDS,
  ...LARGE_UNIT_WORDS,
];

export const ROLE_VOCABULARY: ReadonlySet<string> = new Set(
  phrases.flatMap((phrase) => phrase.split(/\s+/)).filter((word) => word.length > 0),
);
