/**
 * Profile bios of a sentence or two: what the person works on, and for mentors and coaches
 * what they are glad to help with, drawn from their own career where it is unusual.
 */
import { NEED_LABELS } from '@/lib/core/goals/needs';
import type { HelpOffered } from '@/lib/generated/prisma/enums';
import type { CareerStep } from './career';
import { placeFor } from './catalog/places';
import type { Person } from './people';
import type { Random } from './random';

const WORK_LINES: readonly ((person: Person, area: string) => string)[] = [
  (p, area) => `${p.jobTitle} at ${p.organisation.name}, currently focused on ${area}.`,
  (_p, area) => `I spend most of my week on ${area}.`,
  (p) => `${p.yearsExperience} years in ${p.function.name.toLowerCase()} and still learning.`,
  (p, area) => `Based in ${placeFor(p.country).label}; I work on ${area}.`,
  (p) => `I look after ${p.function.name.toLowerCase()} work across ${p.organisation.name}.`,
];

const ASIDES = [
  'Outside work: climbing, bread and two loud children.',
  'Ask me about cycling.',
  'Recovering perfectionist.',
  'I like a good spreadsheet more than I admit.',
  'Learning Japanese, slowly.',
  'Coffee first, then questions.',
];

export function bioFor(
  person: Person,
  career: readonly CareerStep[],
  offers: HelpOffered,
  random: Random,
): string {
  if (random.chance(0.1)) return '';
  const area = random.pick(person.function.areas);
  const parts = [random.pick(WORK_LINES)(person, area)];
  const unusual = career.find((step) => step.kind !== 'PROMOTION' && step.kind !== 'OTHER');
  if (offers !== 'NONE' && unusual) parts.push(unusualLine(unusual, random));
  else if (offers === 'COACHING' || offers === 'BOTH')
    parts.push(
      random.pick([
        'Happy to be a sounding board.',
        'I coach because someone once did it for me.',
        'Trained coach; I ask more questions than I answer.',
      ]),
    );
  else if (offers === 'MENTORING')
    parts.push(
      random.pick([
        'Glad to share what I have learned the hard way.',
        'Happy to talk about the path I took.',
      ]),
    );
  else if (random.chance(0.3)) parts.push(random.pick(ASIDES));
  return parts.join(' ');
}

function unusualLine(step: CareerStep, random: Random): string {
  switch (step.kind) {
    case 'FUNCTION_CHANGE':
      return `I moved into ${step.functionName.toLowerCase()} from another function and am glad to talk about how.`;
    case 'COUNTRY_MOVE':
      return `Moved to ${placeFor(step.country).label} mid-career; ask me about relocating.`;
    case 'FOUNDED_COMPANY':
      return `Founded ${step.organisation} before joining; happy to talk start-ups.`;
    case 'CAREER_BREAK_RETURN':
      return 'I came back after a career break and know how daunting that is.';
    default:
      return `Glad to help with ${NEED_LABELS[random.pick(['navigate-path', 'senior-role'] as const)].toLowerCase()}.`;
  }
}
