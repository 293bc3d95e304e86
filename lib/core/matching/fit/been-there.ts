/**
 * Mentor fit from lived experience: has this person held the role the protégé is aiming at,
 * made the same kind of move, and reached the level wanted; a step long past counts for less
 * than a recent one. Each part is a 0..1 quality with its share of the "been there" weight;
 * parts the goal gives no handle on (no target title, no particular move) drop out.
 */
import { levelName } from '@/lib/core/profile/levels';
import similarity from 'wink-nlp/utilities/similarity';
import type { PreparedGoal, PreparedPerson, PreparedStep } from './prepare';
import { MOVE_WORDS } from './transitions';

export interface Part {
  code: string;
  /** The sentence; empty when only the score is wanted, since most pairs are never shown. */
  text: string;
  /** 0..1, how fully this part is met. */
  quality: number;
  /** Share of the part's weight, the shares of one group summing to 1. */
  share: number;
}

const SHARES = { title: 0.4, moves: 0.35, level: 0.25 };
// Titles that share most of their words count ("Director of Finance" for "Finance Director",
// "Senior Finance Director" too), but a bare "Director" does not.
const SIMILAR_TITLE = 0.75;

/** 1 for a step within five years, falling to 0.4 for one twenty or more years ago. */
export function recency(step: Pick<PreparedStep, 'end'>, referenceYear: number): number {
  const yearsAgo = Math.max(0, referenceYear - (step.end ?? referenceYear));
  return yearsAgo <= 5 ? 1 : Math.max(0.4, 1 - (yearsAgo - 5) * 0.04);
}

const when = (step: PreparedStep, year: number) =>
  step.end === null || step.end >= year ? 'now' : `until ${step.end}`;

/**
 * The held role closest to the target title (the current one counts as much as any past step),
 * and how well it matches: title overlap times recency, 0 below SIMILAR_TITLE.
 */
export function bestTitleStep(
  targetTitleStems: ReadonlySet<string>,
  person: PreparedPerson,
  year: number,
): { quality: number; step: PreparedStep } {
  const current: PreparedStep = {
    kind: 'other',
    level: person.person.level,
    title: person.person.title,
    titleStems: person.titleStems,
    start: year,
    end: null,
  };
  let best = { quality: 0, step: current };
  const consider = (step: PreparedStep) => {
    const overlap = similarity.set.oo(targetTitleStems as Set<string>, step.titleStems);
    const quality = overlap >= SIMILAR_TITLE ? overlap * recency(step, year) : 0;
    if (quality > best.quality) best = { quality, step };
  };
  person.steps.forEach(consider);
  consider(current);
  return best;
}

function titlePart(
  goal: PreparedGoal,
  person: PreparedPerson,
  year: number,
  explain: boolean,
): Omit<Part, 'share'> {
  const best = bestTitleStep(goal.targetTitleStems, person, year);
  const target = goal.goal.targetTitle ?? '';
  if (best.quality === 0)
    return {
      code: 'target-title-not-held',
      text: explain ? `Has not held a role like ${target}.` : '',
      quality: 0,
    };
  return {
    code: 'held-target-title',
    text: explain
      ? `Has been ${best.step.title} (${when(best.step, year)}), the kind of role you are aiming for (${target}).`
      : '',
    quality: best.quality,
  };
}

function movesPart(
  goal: PreparedGoal,
  person: PreparedPerson,
  year: number,
  explain: boolean,
): Omit<Part, 'share'> {
  const made = goal.moves.map((move) => {
    let quality = 0;
    for (const step of person.steps)
      if (step.kind === move && (move !== 'promotion' || step.level >= goal.targetLevel))
        quality = Math.max(quality, recency(step, year));
    return { move, quality };
  });
  const done = made.filter((entry) => entry.quality > 0);
  const quality = made.reduce((sum, entry) => sum + entry.quality, 0) / made.length;
  if (done.length === 0)
    return {
      code: 'move-not-made',
      text: explain ? `Has not made ${MOVE_WORDS[made[0]?.move ?? 'promotion']} themselves.` : '',
      quality: 0,
    };
  const words = done.map((entry) => MOVE_WORDS[entry.move]).join(' and ');
  return {
    code: 'made-same-move',
    text: explain ? `Has made ${words} themselves, the move you want to make.` : '',
    quality,
  };
}

/**
 * Level against the target: at or a little above is ideal; far above, their view of the step
 * may be distant (still good, just not ideal); one below is half; further below, nothing.
 */
export function levelQuality(gap: number): number {
  if (gap >= 0) return gap <= 2 ? 1 : 0.8;
  return gap === -1 ? 0.5 : 0;
}

function levelPart(
  goal: PreparedGoal,
  person: PreparedPerson,
  explain: boolean,
): Omit<Part, 'share'> {
  const gap = person.person.level - goal.targetLevel;
  const name = levelName(person.person.level);
  const quality = levelQuality(gap);
  if (gap >= 0) {
    return {
      code: 'level-reached',
      text: explain ? `Is at ${name} level, at or above the level you are aiming for.` : '',
      quality,
    };
  }
  return {
    code: 'level-below-target',
    text: explain ? `Is at ${name} level, below the level you are aiming for.` : '',
    quality,
  };
}

/**
 * Each part's share of the "been there" weight for this goal (0 for a part it gives no handle
 * on), summing to 1. The bulk scorer uses the same numbers, so both add up identically.
 */
export function beenThereShares(goal: PreparedGoal): {
  title: number;
  moves: number;
  level: number;
} {
  const title = goal.targetTitleStems.size > 0 ? SHARES.title : 0;
  const moves = goal.moves.length > 0 ? SHARES.moves : 0;
  const total = title + moves + SHARES.level;
  return { title: title / total, moves: moves / total, level: SHARES.level / total };
}

export function beenThereParts(
  goal: PreparedGoal,
  person: PreparedPerson,
  referenceYear: number,
  explain: boolean,
): Part[] {
  const shares = beenThereShares(goal);
  const parts: Part[] = [];
  if (shares.title > 0)
    parts.push({ ...titlePart(goal, person, referenceYear, explain), share: shares.title });
  if (shares.moves > 0)
    parts.push({ ...movesPart(goal, person, referenceYear, explain), share: shares.moves });
  parts.push({ ...levelPart(goal, person, explain), share: shares.level });
  return parts;
}
