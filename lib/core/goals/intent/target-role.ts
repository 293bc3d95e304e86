/**
 * The role a goal is after, from its mentions: the last role on the target side (a ladder's
 * last rung), completed by what the goal says around it ("team lead in finance operations")
 * and by the person's own function when the words name only a rank ("make the jump to VP").
 * A title or level typed in its own field outranks the words.
 */
import type { RoleReading } from '@/lib/core/goals/intent/types';
import { functionKey } from '@/lib/core/roles/canonical-function';
import { chooseFunction, titleText } from '@/lib/core/roles/normalise-role';
import { readTitle, type TitleReading } from '@/lib/core/roles/read-title';
import { titleCase } from '@/lib/core/roles/title-case';
import { titleWords } from '@/lib/core/roles/title-words';
import { LEVEL_IN_FUNCTION, SENIORITY_WORDS } from '@/lib/core/roles/title-lexicon';
import { disciplineTitle } from './discipline-titles';
import { VAGUE_BEFORE } from './cue-words';
import type { FoundingCue } from './founding-cue';
import type { GoalWord } from './goal-words';
import type { SidedMention } from './mention-sides';

export interface Standing {
  role: RoleReading;
  reading: TitleReading;
  /** The function as matching compares it (canonical, or the organisation's own name). */
  functionKey: string | null;
}

export interface TargetContext {
  words: readonly GoalWord[];
  mentions: readonly SidedMention[];
  current: Standing;
  founding: FoundingCue | null;
  entryRoute: boolean;
  promotion: boolean;
  /** The goal moves country or returns from a break: the same role can be its target. */
  sameRoleCounts: boolean;
  typedTitle: string | null;
  typedLevel: number | null;
}

export interface Target {
  role: RoleReading;
  /** The reading of the target's title, for what it says beyond the role (founder, board seat). */
  reading: TitleReading | null;
}

const NO_ROLE: RoleReading = { title: null, level: null, function: null };
const clamp = (level: number, low: number, high: number) => Math.min(Math.max(level, low), high);
const last = <T>(items: readonly T[]): T | undefined => items[items.length - 1];
const SAME_ROLE = /\b(same|current|similar) (role|job|position|title)\b/;
const STAYING = /\b(keep|keeping|stay|staying|continue|continuing) (working|doing|as|in)\b/;

/** A job noun with no seniority word: as senior as now in one's own field, a step back in a new one. */
function plainLevel(current: Standing, fn: string | null, entryRoute: boolean): number {
  const level = current.role.level ?? 3;
  if (fn === null || fn === current.functionKey) return clamp(level, 3, 4);
  return entryRoute ? 2 : clamp(level, 2, 3);
}

/** "Senior" with the person's own title: "get promoted to senior level" as a Software Engineer. */
function seniorTitle(current: Standing, seniority: string): string | null {
  const shape = current.reading.shape;
  if (!current.reading.isTitle || shape.kind !== 'words') return null;
  const base = shape.words.filter((word) => SENIORITY_WORDS[word] === undefined);
  if (base.length === 0) return null;
  // "Mid-level" is the plain title itself.
  return titleCase(seniority === 'mid' ? base : [seniority, ...base]);
}

function roleOfReading(
  reading: TitleReading,
  fn: string | null,
  context: TargetContext,
  levelKnown: number | null = null,
): RoleReading {
  let level = reading.level;
  let title = titleText(reading, fn);
  const inFunction =
    reading.shape.kind === 'words' && fn !== null
      ? LEVEL_IN_FUNCTION[fn]?.[reading.shape.words.join(' ')]
      : undefined;
  if (inFunction !== undefined && !reading.levelStated)
    return { title, level: inFunction, function: fn };
  if (!reading.levelStated && level !== null) {
    level = levelKnown ?? plainLevel(context.current, fn, context.entryRoute);
    const entry = level === 2 && context.entryRoute && fn !== context.current.functionKey;
    if (entry && title) title = `Junior ${title}`;
  }
  return { title, level, function: fn };
}

function functionsOfDetails(mentions: readonly SidedMention[], index: number): string[] {
  return mentions
    .filter((mention) => mention.side === 'detail' && mention.detailOf === index)
    .flatMap((mention) => mention.functions);
}

/** The target is the role held now: the same title, or the same rung when no title says. */
function isCurrentRole(role: RoleReading, current: Standing): boolean {
  if (role.title !== null && current.role.title !== null) return role.title === current.role.title;
  return (
    role.level !== null &&
    role.level === current.role.level &&
    role.function !== null &&
    role.function === current.functionKey
  );
}

function fromMentions(context: TargetContext): Target | null {
  const { mentions, current } = context;
  const targets = mentions.filter((mention) => mention.side === 'target');
  const roles = targets.filter((mention) => mention.kind !== 'area');
  // A department counts as a destination only where a cue says so ("into HR").
  const areas = targets.filter((mention) => mention.kind === 'area' && mention.cued);
  const chosen = last(roles.filter((mention) => mention.cued)) ?? last(roles);
  const area = last(areas);
  const areaFunction = area ? chooseFunction(area.functions, current.functionKey) : null;

  const founder = last(
    roles.filter((mention) => mention.kind === 'title' && mention.reading.founder),
  );
  if (context.founding || founder) return founding(context, founder, roles, areaFunction);
  if (chosen) {
    const details = functionsOfDetails(mentions, mentions.indexOf(chosen));
    const detailFunction = details.length > 0 ? chooseFunction(details, current.functionKey) : null;
    const around = detailFunction ?? areaFunction;
    if (chosen.kind === 'rank') {
      const fn =
        chosen.rankLevel === 8 && chosen.seniority === null && chosen.functions.length === 0
          ? around
          : chooseFunction(chosen.functions, around ?? current.functionKey);
      const title = chosen.seniority ? seniorTitle(current, chosen.seniority) : null;
      return { role: { title, level: chosen.rankLevel, function: fn }, reading: null };
    }
    const reading = chosen.reading;
    const fn =
      reading.functions.length > 0
        ? chooseFunction(reading.functions, current.functionKey)
        : (around ?? current.functionKey);
    const role = roleOfReading(reading, fn, context);
    if (isCurrentRole(role, current) && !context.sameRoleCounts) return null;
    return { role, reading };
  }
  if (area) {
    const vague = VAGUE_BEFORE.has(context.words[area.start - 1]?.word ?? '');
    const named = disciplineTitle(area.words);
    if (named && !vague) {
      const reading = readTitle(named.split(' '));
      const fn = chooseFunction(reading.functions, areaFunction);
      return { role: roleOfReading(reading, fn ?? areaFunction, context), reading };
    }
    let level: number | null = null;
    if (!vague && areaFunction === current.functionKey) level = current.role.level;
    else if (!vague) level = plainLevel(current, areaFunction, context.entryRoute);
    return { role: { title: null, level, function: areaFunction }, reading: null };
  }
  return null;
}

/**
 * Founding outranks any other role named, and what is founded has no rung on a ladder. Its
 * function is the founder title's own ("technical co-founder"), the field of what is founded
 * ("a physiotherapy clinic"), or the craft the founder will practise ("as a consultant").
 */
function founding(
  context: TargetContext,
  founder: SidedMention | undefined,
  roles: readonly SidedMention[],
  areaFunction: string | null,
): Target {
  const { current } = context;
  const playing = last(roles.filter((mention) => mention.cued && !mention.reading.founder));
  const practised = playing
    ? (chooseFunction(playing.functions, current.functionKey) ?? current.functionKey)
    : null;
  const field =
    founder?.reading.functions[0] ??
    context.founding?.functions[0] ??
    practised ??
    areaFunction ??
    null;
  const reading = founder?.reading ?? readTitle(['founder']);
  return { role: { title: titleText(reading, field), level: null, function: field }, reading };
}

function fallback(context: TargetContext): Target | null {
  const { current } = context;
  const text = context.words.map((word) => word.word).join(' ');
  // Moving abroad "in the same role", "as a nurse still", "keep working in product".
  const ownRoleNamed = context.mentions.some(
    (mention) =>
      (mention.side === 'current' && mention.kind === 'title') ||
      (mention.side !== 'set-aside' &&
        mention.functions.includes(current.functionKey ?? '') &&
        mention.kind === 'area'),
  );
  if (context.sameRoleCounts && (SAME_ROLE.test(text) || STAYING.test(text) || ownRoleNamed)) {
    return { role: { ...current.role, function: current.functionKey }, reading: current.reading };
  }
  if (context.promotion && current.role.level !== null) {
    const level = Math.min(current.role.level + 1, 8);
    return { role: { title: null, level, function: current.functionKey }, reading: null };
  }
  return null;
}

/** The typed title and level, which outrank whatever the words say. */
function typed(context: TargetContext, fromWords: Target | null): Target | null {
  let target = fromWords;
  const typedWords = context.typedTitle ? titleWords(context.typedTitle) : [];
  if (typedWords.length > 0) {
    const reading = readTitle(typedWords);
    const hint = fromWords?.role.function ?? context.current.functionKey;
    const fn = reading.isTitle
      ? reading.founder
        ? (reading.functions[0] ?? fromWords?.role.function ?? null)
        : chooseFunction(reading.functions, hint)
      : (reading.functions[0] ?? hint);
    const role = reading.isTitle
      ? roleOfReading(reading, fn, context, fromWords?.role.level ?? null)
      : { title: null, level: fromWords?.role.level ?? null, function: fn };
    target = { role, reading: reading.isTitle ? reading : null };
  }
  if (context.typedLevel !== null) {
    target = {
      role: { ...(target?.role ?? NO_ROLE), level: context.typedLevel },
      reading: target?.reading ?? null,
    };
    if (target.role.function === null) target.role.function = context.current.functionKey;
  }
  return target;
}

export function readTarget(context: TargetContext): Target {
  const fromWords = fromMentions(context) ?? fallback(context);
  const target = typed(context, fromWords) ?? { role: NO_ROLE, reading: null };
  return { ...target, role: { ...target.role, function: functionKey(target.role.function) } };
}
