/**
 * A goal's intent as one plain sentence for the goal page, so the person can see how their
 * goal was read and correct it: "From Senior Software Engineer to Engineering Manager, a
 * step up within Engineering." Second person, short, and never more than the reading says.
 */
import { roleInWords } from '@/lib/core/roles/same-role';
import type { GoalNeed } from '@/lib/core/goals/needs';
import type { CoachNeed } from './coaching-areas';
import type { GoalIntent } from './types';

export interface CurrentRole {
  title: string;
  level: number;
  function: string;
}

const AREA_WORDS: Record<CoachNeed, string> = {
  'project-management': 'running projects',
  conflict: 'handling conflict',
  presentation: 'presenting',
  'other-skill': 'a specific skill',
  'career-direction': 'your career direction',
  motivation: 'motivation and confidence',
  interpersonal: 'working relationships',
  feedback: 'making sense of feedback',
};

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const BOARD_SEAT = /\b(board member|non-executive|trustee|chair)\b/i;
const NO_ARTICLE = /^(chief|head|director|vp|vice|president|managing|partner)\b/i;

/** The target role without its function, as a sentence names it: "a Product Manager". */
function named(target: GoalIntent['targetRole']): string {
  if (target.title === null) return roleInWords({ ...target, function: null });
  if (NO_ARTICLE.test(target.title)) return target.title;
  return /^[aeiou]/i.test(target.title) ? `an ${target.title}` : `a ${target.title}`;
}

/** The main clause: where the goal goes from and to. */
function journey(intent: GoalIntent, current: CurrentRole): string | null {
  const target = intent.targetRole;
  const moves = new Set(intent.moves);
  // "Data Analyst (career break)" is a Data Analyst on a break, which the sentence says itself.
  const ownTitle = current.title.replace(/\s*\([^)]*\)/g, '').trim();
  const fromTitle = ownTitle || `your role in ${current.function}`;
  const hasTarget = target.title !== null || target.level !== null || target.function !== null;
  if (moves.has('founding')) {
    return target.function
      ? `Founding your own business in ${target.function}`
      : 'Founding your own business';
  }
  if (!hasTarget) return null;
  if (target.title && BOARD_SEAT.test(target.title)) {
    return ownTitle ? `A board seat alongside your role as ${ownTitle}` : 'A board seat';
  }
  if (moves.has('function-change')) {
    const into = `From ${current.function.trim() || fromTitle} into ${target.function}`;
    return target.title ? `${into}, as ${named(target)}` : into;
  }
  const to = target.title ?? named(target);
  if (moves.has('step-up')) {
    return `From ${fromTitle} to ${to}, a step up within ${target.function ?? current.function}`;
  }
  if (target.title && target.title.toLowerCase() === ownTitle.toLowerCase()) {
    return `Staying ${named(target)}`;
  }
  if (target.title === null && target.level === null) return `Towards ${roleInWords(target)}`;
  const within = target.function ?? current.function;
  return within ? `From ${fromTitle} to ${to}, within ${within}` : `From ${fromTitle} to ${to}`;
}

/** "From Engineering into Product." / "Working out your career direction; no particular role yet." */
export function intentInWords(intent: GoalIntent, current: CurrentRole): string {
  const moves = new Set(intent.moves);
  const main = journey(intent, current);
  const areas = intent.coachingAreas.filter((area) => area !== 'career-direction');
  const extras: string[] = [];
  if (moves.has('country-move')) extras.push('in another country');
  if (moves.has('senior-unwritten-rules'))
    extras.push('at a level where the rules are often unwritten');
  if (moves.has('unusual-path')) extras.push('on a path with few role models');
  let sentence: string;
  if (main) {
    sentence = [main, ...extras].join(', ');
    if (moves.has('return-after-break'))
      sentence = `Coming back after a career break: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
  } else if (moves.has('return-after-break')) {
    sentence = ['Coming back after a career break', ...extras].join(', ');
  } else if (moves.has('country-move')) {
    sentence = ['A move to another country', ...extras.slice(1)].join(', ');
  } else if (intent.coachingAreas.includes('career-direction')) {
    sentence = 'Working out your career direction; no particular role yet';
  } else if (extras.length > 0) {
    sentence = capitalise(extras.join(', '));
  } else {
    sentence = 'No particular role in view';
  }
  const helpWith = areas
    .map((area: GoalNeed) => AREA_WORDS[area as CoachNeed] as string | undefined)
    .filter((words): words is string => words !== undefined);
  const help = helpWith.length > 0 ? ` Help with ${list(helpWith)}.` : '';
  return `${sentence}.${help}`;
}
