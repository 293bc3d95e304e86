/**
 * A supporter's career as matching reads it: their steps in time order, each knowing the step
 * before it (a move is from somewhere to somewhere), ending in the role they hold now. The
 * current role is added as a step when the listed steps do not already end in it, so "has
 * held the target role" counts today's job as much as any past one.
 */
import type { ExperienceStepKind, FilePerson } from '@/lib/core/matching/people-file';
import { parseYears } from '@/lib/core/matching/people-file';
import { functionKeyOf } from './function-key';
import { leadsPeople } from './track';

export interface CareerStep {
  kind: ExperienceStepKind;
  title: string;
  level: number;
  /** A people-lead title rather than a specialist's (track.ts). */
  leadsPeople: boolean;
  functionKey: string;
  functionName: string;
  organization: string;
  country: string;
  start: number;
  /** null while ongoing. */
  end: number | null;
  /** The step before this one, or null for the first. */
  previous: CareerStep | null;
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function careerOf(person: FilePerson, referenceYear: number): CareerStep[] {
  const listed = person.experiences
    .map((step) => ({ step, span: parseYears(step.years) ?? { start: 0, end: 0 } }))
    .sort((a, b) => a.span.start - b.span.start || (a.span.end ?? 9999) - (b.span.end ?? 9999));
  const steps: CareerStep[] = [];
  for (const { step, span } of listed) {
    const functionName = step.function.trim() || person.function;
    steps.push({
      kind: step.kind,
      title: step.title,
      level: step.level,
      leadsPeople: leadsPeople(step.title),
      functionKey: functionKeyOf(functionName),
      functionName,
      organization: step.organization,
      country: step.country,
      start: span.start,
      end: span.end,
      previous: steps.at(-1) ?? null,
    });
  }
  const last = steps.at(-1);
  const holdsLast = last && last.end === null && sameText(last.title, person.title);
  if (!holdsLast)
    steps.push({
      kind: 'other',
      title: person.title,
      level: person.level,
      leadsPeople: leadsPeople(person.title),
      functionKey: functionKeyOf(person.function),
      functionName: person.function,
      organization: person.organization,
      country: last?.country ?? '',
      start: last?.end ?? referenceYear,
      end: null,
      previous: last ?? null,
    });
  return steps;
}
