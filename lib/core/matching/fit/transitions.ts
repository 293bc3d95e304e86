/**
 * Which career moves a goal is after, read from its words, its target and the triage: the
 * "been there" a mentor should have lived. A target above the protégé's level is a promotion;
 * words about relocating, founding, returning after a break or switching field name the
 * rarer moves that few role models have made.
 */
import type { ExperienceStepKind } from '@/lib/core/matching/people-file';
import { topicWords } from './text';

type Move = Exclude<ExperienceStepKind, 'other'>;

// Written as plain words and stemmed through the same reader as the goal, so both meet as stems.
const CUE_WORDS: Record<Exclude<Move, 'promotion'>, string> = {
  'international-move':
    'abroad overseas relocate relocating relocation international expat emigrate country countries',
  'founded-company': 'founder founding startup startups entrepreneur entrepreneurship venture',
  'career-break-return': 'returner returning sabbatical hiatus leave',
  'function-change': 'switch switching pivot pivoting transition transitioning retrain',
};

const cues = new Map<Move, Set<string>>(
  Object.entries(CUE_WORDS).map(([move, words]) => [
    move as Move,
    new Set(topicWords(words).stems),
  ]),
);
const [breakStem, startStem, ...businessStems] = topicWords('break start company business').stems;

export interface GoalFacts {
  stems: readonly string[];
  protegeLevel: number;
  targetLevel?: number;
  /** Reason codes the triage gave this goal. */
  triageCodes: readonly string[];
}

export function wantedMoves(goal: GoalFacts): Move[] {
  const stems = new Set(goal.stems);
  const wanted = new Set<Move>();
  for (const [move, words] of cues)
    if ([...words].some((stem) => stems.has(stem))) wanted.add(move);
  // Two words together, where either alone says too little: "career break", "start a company".
  if (breakStem && stems.has(breakStem)) wanted.add('career-break-return');
  if (startStem && stems.has(startStem) && businessStems.some((stem) => stems.has(stem)))
    wanted.add('founded-company');
  if (goal.triageCodes.includes('text-career-move')) wanted.add('function-change');
  const higher = goal.targetLevel !== undefined && goal.targetLevel > goal.protegeLevel;
  if (higher || goal.triageCodes.includes('text-senior-role')) wanted.add('promotion');
  return [...wanted].sort();
}

export const MOVE_WORDS: Record<Move, string> = {
  promotion: 'a step up',
  'function-change': 'a move into another function',
  'international-move': 'a move to another country',
  'founded-company': 'founding a company',
  'career-break-return': 'a return to work after a career break',
};
export type { Move };
