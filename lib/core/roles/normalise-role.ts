/**
 * A written title as a role on the shared ladder: "Head of Engineering", "Engineering
 * Director" and "Director of Engineering" all read as { "Director of Engineering", 6,
 * Engineering }, "Ward Sister" as { "Ward Manager", 5, Nursing }, "EM" as an Engineering
 * Manager at 5.
 */
import type { RoleReading } from '@/lib/core/goals/intent/types';
import { functionKey } from './canonical-function';
import { departmentName, readTitle, type TitleReading } from './read-title';
import { titleCase } from './title-case';
import { titleWords } from './title-words';

export interface RoleHint {
  /** The function the role is known to be in (the person's own, say); breaks ties. */
  function?: string | null;
  /** The level already known, used when the title itself states none. */
  level?: number | null;
}

/** Picks the title's own function, preferring the hinted one when the title allows it. */
export function chooseFunction(candidates: readonly string[], hint: string | null): string | null {
  if (hint !== null && candidates.includes(hint)) return hint;
  return candidates[0] ?? hint;
}

const UNIT_ADJECTIVES = new Set(['regional', 'global', 'international', 'divisional', 'group']);

/** The title written out; a bare rank takes the function's name ("VP" in Engineering). */
export function titleText(reading: TitleReading, functionName: string | null): string | null {
  if (!reading.isTitle) return null;
  const shape = reading.shape;
  if (shape.kind === 'chief') return titleCase(['chief', ...shape.middle, 'officer']);
  if (shape.kind === 'department') {
    const named = departmentName(shape.department);
    const department =
      named ?? (shape.department.length > 0 ? titleCase(shape.department) : functionName);
    const adjectives = shape.unit.filter((word) => UNIT_ADJECTIVES.has(word));
    const places = shape.unit.filter((word) => !UNIT_ADJECTIVES.has(word));
    const rank = titleCase([...shape.prefix, ...adjectives, shape.rank]);
    const base = department ? `${rank} of ${department}` : rank;
    return places.length > 0 ? `${base}, ${titleCase(places)}` : base;
  }
  const words = shape.words;
  if (reading.rankOnly && functionName && words.length === 1) {
    if (words[0] === 'manager') return `${functionName} Manager`;
    if (words[0] === 'director' || words[0] === 'head') return `Director of ${functionName}`;
  }
  return words.length > 0 ? titleCase(words) : null;
}

/** The role a reading stands for, with what the caller already knows filling the gaps. */
export function roleFromReading(reading: TitleReading, hint: RoleHint = {}): RoleReading {
  const hinted = functionKey(hint.function);
  const fn = chooseFunction(reading.functions, hinted);
  if (!reading.isTitle) return { title: null, level: hint.level ?? null, function: fn };
  let level = reading.level;
  if (!reading.levelStated && level !== null) level = hint.level ?? level;
  return { title: titleText(reading, fn), level, function: fn };
}

export function normaliseRole(title: string, hint: RoleHint = {}): RoleReading {
  const words = titleWords(title);
  if (words.length === 0) {
    return { title: null, level: hint.level ?? null, function: functionKey(hint.function) };
  }
  return roleFromReading(readTitle(words), hint);
}
