/**
 * The "never proposed" rules, checked before any scoring: the same person, anyone in the
 * protégé's reporting line (up or down, any depth), someone who does not offer the kind of
 * help needed, a pair either side asked not to see again, someone with no capacity left, and
 * a pair with no language in common. The first rule broken is the one reported.
 */
import type { PreparedPerson } from './prepare';
import type { FitContext, IneligibleCode, SupportKind } from './types';

/** The key of a pair in `excludedPairs`; the same whichever side asked. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function freeCapacity(supporter: PreparedPerson, load: ReadonlyMap<string, number>): number {
  return supporter.person.offers.capacity - (load.get(supporter.person.id) ?? 0);
}

export function offersKind(supporter: PreparedPerson, kind: SupportKind): boolean {
  return kind === 'mentor' ? supporter.person.offers.mentoring : supporter.person.offers.coaching;
}

export interface Ineligible {
  code: IneligibleCode;
  text: string;
}

export function ineligibility(
  protege: PreparedPerson,
  supporter: PreparedPerson,
  kind: SupportKind,
  context: Pick<FitContext, 'load' | 'excludedPairs'>,
): Ineligible | null {
  const a = protege.person.id;
  const b = supporter.person.id;
  if (a === b) return { code: 'same-person', text: 'This is you.' };
  if (protege.ancestors.has(b) || supporter.ancestors.has(a))
    return {
      code: 'reporting-line',
      text: 'Is in your reporting line, so cannot be an independent voice.',
    };
  if (!offersKind(supporter, kind))
    return {
      code: 'does-not-offer',
      text: `Does not offer ${kind === 'mentor' ? 'mentoring' : 'coaching'}.`,
    };
  if (context.excludedPairs.has(pairKey(a, b)))
    return {
      code: 'excluded-pair',
      text: 'One of you asked not to be suggested to the other again.',
    };
  if (freeCapacity(supporter, context.load) <= 0)
    return { code: 'no-capacity', text: 'Has no room for another mentee or coachee right now.' };
  for (const language of protege.languageList) if (supporter.languages.has(language)) return null;
  return { code: 'no-shared-language', text: 'Does not share a language with you.' };
}
