/**
 * Mentor evidence: has this person lived what the goal is after? Made the intended move (a
 * step up to that level in that function, the same change of function, the same kind of rare
 * move) or held the target role: that is what a mentor is for, and it decides the pair's tier
 * (tiers.ts). The finding is kept with the step it rests on, so the reason can name the step,
 * the organisation and the year.
 */
import type { IntentMove } from '@/lib/core/goals/intent/types';
import { countryName } from '@/lib/core/profile/places';
import type { CareerStep } from './career';
import type { Tier } from './tiers';
import type { Voice } from './voice';

/** What the goal aims at, with the function keys already worked out. */
export interface MentorTarget {
  /** Target function, or the protégé's own when the goal names only a rank. */
  functionKey: string;
  functionName: string;
  /** null when the goal names no level. */
  level: number | null;
  /** Whether the target role leads people; null when the goal names no role title. */
  leadsPeople: boolean | null;
  moves: readonly IntentMove[];
  fromFunctionKey: string;
  fromFunctionName: string;
  fromLevel: number;
}

export interface Finding {
  tier: Tier;
  code: string;
  step: CareerStep | null;
  write: (voice: Voice) => string;
}

/**
 * Evidence older than this no longer counts as lived recently: a move made (or a role left)
 * that many years ago says less about how the path looks today.
 */
export const RECENT_YEARS = 10;

/** When the finding was lived: the year of the move, or the last year the role was held. */
function livedIn(finding: Finding, referenceYear: number): number {
  const step = finding.step;
  if (!step) return referenceYear;
  if (finding.code.startsWith('held-')) return step.end ?? referenceYear;
  return step.start > 0 ? step.start : (step.end ?? referenceYear);
}

/** 1 for a step within five years, falling to 0.4 for one twenty or more years ago. */
export function recency(step: Pick<CareerStep, 'end'> | null, referenceYear: number): number {
  if (!step) return 0.4;
  const yearsAgo = Math.max(0, referenceYear - (step.end ?? referenceYear));
  return yearsAgo <= 5 ? 1 : Math.max(0.4, 1 - (yearsAgo - 5) * 0.04);
}

const at = (step: CareerStep) => (step.organization ? ` at ${step.organization}` : '');
const span = (step: CareerStep) =>
  step.start <= 0
    ? ''
    : step.end === null
      ? ` since ${step.start}`
      : step.end === step.start
        ? ` in ${step.start}`
        : ` from ${step.start} to ${step.end}`;
const year = (step: CareerStep) => (step.start > 0 ? ` in ${step.start}` : '');

/** On the target's track: leading people, or not, as the target role does (when it says). */
const onTrack = (target: MentorTarget, step: CareerStep) =>
  target.leadsPeople === null || step.leadsPeople === target.leadsPeople;

/** The level the goal aims at: the one it names, or one above where the protégé stands. */
const targetLevel = (target: MentorTarget) => target.level ?? Math.min(8, target.fromLevel + 1);

function stepUp(target: MentorTarget, steps: readonly CareerStep[]): Finding[] {
  const level = targetLevel(target);
  const found: Finding[] = [];
  for (const step of steps) {
    const before = step.previous;
    if (!before || step.level <= before.level) continue;
    const crosses = before.level < level && step.level >= level && step.level <= level + 1;
    const within =
      step.functionKey === target.functionKey && before.functionKey === target.functionKey;
    if (crosses && within && onTrack(target, step))
      found.push({
        tier: 3,
        code: 'made-step-up',
        step,
        write: (v) =>
          `Went from ${before.title} to ${step.title}${at(step)}${year(step)}: the step up ${v.goal} is after.`,
      });
    else if (crosses && within)
      found.push({
        tier: 2,
        code: 'made-step-up-other-track',
        step,
        write: (v) =>
          `Went from ${before.title} to ${step.title}${at(step)}${year(step)}: a step up to the level ${v.goal} aims at, ${step.leadsPeople ? 'leading people' : 'as a specialist'}.`,
      });
    else if (crosses)
      found.push({
        tier: 2,
        code: 'made-step-up-elsewhere',
        step,
        write: () =>
          `Went from ${before.title} to ${step.title}${at(step)}${year(step)}: a step up to the same level, in ${step.functionName}.`,
      });
    else if (within && step.level < level)
      found.push({
        tier: 1,
        code: 'rose-in-function',
        step,
        write: (v) =>
          `Went from ${before.title} to ${step.title}${year(step)}, a step up in ${step.functionName} short of the level ${v.goal} aims at.`,
      });
  }
  return found;
}

function heldRole(target: MentorTarget, steps: readonly CareerStep[]): Finding[] {
  const level = targetLevel(target);
  // For a change of function the move is the point; having the role without it is second best.
  const tier: Tier = target.moves.includes('function-change') ? 2 : 3;
  return steps
    .filter(
      (step) =>
        step.functionKey === target.functionKey && step.level === level && onTrack(target, step),
    )
    .map((step) => ({
      tier,
      code: 'held-target-role',
      step,
      write: (v: Voice) =>
        `Has been ${step.title}${at(step)}${span(step)}, the role ${v.goal} aims at.`,
    }));
}

function seniorRole(target: MentorTarget, steps: readonly CareerStep[]): Finding[] {
  const level = Math.max(6, targetLevel(target));
  return steps
    .filter((step) => step.level >= level)
    .map((step) =>
      step.functionKey === target.functionKey
        ? {
            tier: 3,
            code: 'held-senior-role',
            step,
            write: (v: Voice) =>
              `Has been ${step.title}${at(step)}${span(step)}: knows the unwritten rules at the level ${v.goal} aims at.`,
          }
        : {
            tier: 2,
            code: 'held-senior-role-elsewhere',
            step,
            write: () =>
              `Has been ${step.title}${at(step)}${span(step)}: knows the unwritten rules at that level, in ${step.functionName}.`,
          },
    );
}

function functionChange(target: MentorTarget, steps: readonly CareerStep[]): Finding[] {
  const found: Finding[] = [];
  for (const step of steps) {
    const before = step.previous;
    if (!before || before.functionKey === step.functionKey) continue;
    const into = step.functionKey === target.functionKey;
    const fromSame = before.functionKey === target.fromFunctionKey;
    const move = `from ${before.functionName} into ${step.functionName}${year(step)}`;
    if (into && fromSame)
      found.push({
        tier: 3,
        code: 'made-same-function-change',
        step,
        write: (v) =>
          `Moved ${move}, as ${step.title}${at(step)}: the same move ${v.goal} is after.`,
      });
    else if (into)
      found.push({
        tier: 2,
        code: 'moved-into-target-function',
        step,
        write: (v) =>
          `Moved ${move}, as ${step.title}${at(step)}: into the function ${v.goal} aims at, from another start.`,
      });
    else
      found.push({
        tier: 1,
        code: 'changed-function',
        step,
        write: () => `Changed function once, moving ${move}.`,
      });
  }
  return found;
}

type RareKind = 'international-move' | 'founded-company' | 'career-break-return';

const RARE: Readonly<Record<RareKind, { code: string; write: (step: CareerStep) => string }>> = {
  'international-move': {
    code: 'moved-country',
    write: (step) =>
      `Moved to ${step.country ? countryName(step.country) : 'another country'}${year(step)}, as ${step.title}${at(step)}.`,
  },
  'founded-company': {
    code: 'founded-company',
    write: (step) => `Founded ${step.organization || 'a company'}${year(step)}, as ${step.title}.`,
  },
  'career-break-return': {
    code: 'returned-after-break',
    write: (step) => `Came back from a career break${year(step)}, as ${step.title}${at(step)}.`,
  },
};

const RARE_KIND_OF: Partial<Record<IntentMove, RareKind>> = {
  'country-move': 'international-move',
  founding: 'founded-company',
  'return-after-break': 'career-break-return',
};

function movedCountry(step: CareerStep): boolean {
  const before = step.previous;
  return (
    step.kind === 'international-move' ||
    (before !== null &&
      before.country !== '' &&
      step.country !== '' &&
      before.country.toLowerCase() !== step.country.toLowerCase())
  );
}

function rareMove(kind: RareKind, steps: readonly CareerStep[], tier: Tier): Finding[] {
  const { code, write } = RARE[kind];
  return steps
    .filter((step) => (kind === 'international-move' ? movedCountry(step) : step.kind === kind))
    .map((step) => ({ tier, code, step, write: () => write(step) }));
}

function unusualPath(steps: readonly CareerStep[]): Finding[] {
  const rare = (Object.keys(RARE) as RareKind[]).flatMap((kind) => rareMove(kind, steps, 2));
  const changes = steps
    .filter((step) => step.previous && step.previous.functionKey !== step.functionKey)
    .map((step): Finding => ({
      tier: 2,
      code: 'changed-function',
      step,
      write: () =>
        `Took an unusual path: moved from ${step.previous?.functionName} into ${step.functionName}${year(step)}.`,
    }));
  return [...rare, ...changes];
}

/** Every finding for one move of the goal. */
function findingsFor(
  move: IntentMove,
  target: MentorTarget,
  steps: readonly CareerStep[],
): Finding[] {
  const rare = RARE_KIND_OF[move];
  if (rare) return rareMove(rare, steps, 3);
  switch (move) {
    case 'step-up':
      return stepUp(target, steps);
    case 'function-change':
      return functionChange(target, steps);
    case 'senior-unwritten-rules':
      return seniorRole(target, steps);
    case 'unusual-path':
      return unusualPath(steps);
    default:
      return [];
  }
}

/** Findings that are the goal's own move or role, lived (whenever it was). */
export const LIVED_CODES: ReadonlySet<string> = new Set([
  'made-step-up',
  'held-target-role',
  'made-same-function-change',
  'moved-into-target-function',
  'moved-country',
  'founded-company',
  'returned-after-break',
]);

export interface MentorEvidence {
  tier: Tier;
  /** 0..1 within the tier: how recent the evidence is and how many of the goal's moves it covers. */
  quality: number;
  best: Finding | null;
}

const NOTHING: MentorEvidence = { tier: 0, quality: 0, best: null };

/**
 * Two targets with the same key get the same tier and quality from every career (the
 * finding's wording may differ): the rules above read the protégé's level only through the
 * target level, the protégé's function only for a change of function, and no function name
 * at all. A cohort of 20,000 people aims at ~1,400 targets but far fewer keys, and the bulk
 * scorer works evidence out once per key and supporter.
 */
export function evidenceKey(target: MentorTarget): string {
  return [
    target.functionKey,
    target.level === null ? 'any' : 'named',
    targetLevel(target),
    target.leadsPeople,
    target.moves.join(','),
    target.moves.includes('function-change') ? target.fromFunctionKey : '',
  ].join('\u0000');
}

/** Whether the goal gives anything to compare a career with. */
export const hasHandle = (target: MentorTarget) => target.moves.length > 0 || target.level !== null;

export function mentorEvidence(
  target: MentorTarget,
  steps: readonly CareerStep[],
  referenceYear: number,
): MentorEvidence {
  if (!hasHandle(target)) return NOTHING;
  const perMove = target.moves.map((move) => findingsFor(move, target, steps));
  const all = [...perMove.flat(), ...(target.level !== null ? heldRole(target, steps) : [])];
  let best: Finding | null = null;
  let bestTier: Tier = 0;
  let bestRecency = 0;
  for (const finding of all) {
    const lived = recency(finding.step, referenceYear);
    // Lived long ago, a move is still worth telling, but no longer "Excellent".
    const old = referenceYear - livedIn(finding, referenceYear) > RECENT_YEARS;
    const tier = (finding.tier === 3 && old ? 2 : finding.tier) as Tier;
    if (tier > bestTier || (tier === bestTier && lived > bestRecency)) {
      best = finding;
      bestTier = tier;
      bestRecency = lived;
    }
  }
  if (!best) return NOTHING;
  // Holding the target role covers the climb to it and the rules at its level.
  const heldTarget = all.some((finding) => finding.code === 'held-target-role');
  const covered = target.moves.filter(
    (move, at) =>
      (perMove[at] ?? []).some((finding) => finding.tier >= 2) ||
      (heldTarget && (move === 'step-up' || move === 'senior-unwritten-rules')),
  ).length;
  const coverage = target.moves.length ? covered / target.moves.length : 1;
  // "Excellent" is for someone who lived the whole of it: every move the goal takes.
  const tier = bestTier === 3 && coverage < 1 ? 2 : bestTier;
  return { tier, quality: bestRecency * (0.7 + 0.3 * coverage), best };
}
