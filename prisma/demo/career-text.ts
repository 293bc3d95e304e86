/**
 * The one-line description of a career step, worded differently for each kind of step so
 * that a mentor's history reads like something a person wrote.
 */
import type { ExperienceKind } from '@/lib/generated/prisma/enums';
import { BREAK_REASONS } from './catalog/companies';
import { functionSpec, type FunctionName } from './catalog/functions';
import { placeFor } from './catalog/places';
import type { Random } from './random';

interface StepFacts {
  title: string;
  functionName: FunctionName;
  organisation: string;
  country: string;
  kind: ExperienceKind;
}

type Line = (
  step: StepFacts,
  previous: StepFacts | undefined,
  area: string,
  random: Random,
) => string;

const LINES: Record<ExperienceKind, readonly Line[]> = {
  PROMOTION: [
    (s, _p, area) => `Promoted to ${s.title} after leading ${area}.`,
    (s, _p, area) => `Stepped up to ${s.title}; took over ${area} and the people working on it.`,
    (s) => `Promotion to ${s.title} at ${s.organisation}, with a bigger scope and my first budget.`,
    (_s, _p, area) => `Moved up a level, mostly on the back of ${area}.`,
  ],
  FUNCTION_CHANGE: [
    (s, p) =>
      `Switched from ${p?.functionName.toLowerCase() ?? 'another field'} to ${s.functionName.toLowerCase()}; the first year was a steep learning curve.`,
    (s, p) =>
      `Left ${p?.functionName.toLowerCase() ?? 'my old field'} behind to become ${s.title}, after a secondment that went well.`,
    (s) => `Changed function to ${s.functionName}, bringing a different perspective to the team.`,
  ],
  COUNTRY_MOVE: [
    (s) => `Relocated to ${placeFor(s.country).label} to join ${s.organisation} as ${s.title}.`,
    (s, p) =>
      `Moved from ${p ? placeFor(p.country).label : 'home'} to ${placeFor(s.country).label}; new country, new language, same love of the work.`,
    (s) =>
      `International move to ${placeFor(s.country).label}, learning how things are done there.`,
  ],
  FOUNDED_COMPANY: [
    (s) => `Founded ${s.organisation}, grew it to a dozen people, then wound it down.`,
    (s) => `Co-founded ${s.organisation}; raised a seed round and learned everything the hard way.`,
    (s) => `Started ${s.organisation} with two friends; it was acquired after three years.`,
  ],
  CAREER_BREAK_RETURN: [
    (s, _p, _a, r) => `Came back to work as ${s.title} after a break for ${r.pick(BREAK_REASONS)}.`,
    (s, _p, _a, r) =>
      `Returned after time out for ${r.pick(BREAK_REASONS)}, through a returners' programme at ${s.organisation}.`,
  ],
  OTHER: [
    (s, p) =>
      p
        ? `Joined ${s.organisation} as ${s.title}.`
        : `First role after university, at ${s.organisation}.`,
    (s, _p, area) => `Worked as ${s.title}, mainly on ${area}.`,
    (s) => `Sideways move to ${s.title} to broaden my experience.`,
  ],
};

export function describeStep(
  step: StepFacts,
  previous: StepFacts | undefined,
  random: Random,
): string {
  const area = random.pick(functionSpec(step.functionName).areas);
  return random.pick(LINES[step.kind])(step, previous, area, random);
}
