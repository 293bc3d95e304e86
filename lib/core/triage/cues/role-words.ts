/**
 * Word lists the mentor cues share: roles a person can aim at, fields they can move into,
 * and backgrounds that make a path unusual.
 */

// Exact, singular words: plurals are people already in the role, not a destination, and by
// stem "engineering" would pass for "engineer" and "managing" for "manager".
export const ROLE_WORDS = [
  'manager',
  'engineer',
  'developer',
  'designer',
  'analyst',
  'scientist',
  'architect',
  'lawyer',
  'attorney',
  'consultant',
  'researcher',
  'accountant',
  'principal',
  'lead',
  'pm',
  'professor',
  'owner',
]
  .map((role) => `=${role}`)
  .join('|');
export const FIELDS =
  'finance|banking|cybersecurity|security|ux|design|product|data|software|tech|technology|consulting|law|marketing|sales|strategy|operations|research|academia|industry|engineering|management|hr|nonprofit|leadership';
export const ORIGINS =
  'military|army|navy|veteran|soldier|athlete|footballer|sport|sports|musician|chef|nurse|nursing|teacher|teaching|police|academia|postdoc|paralegal|founder|startup|artist|pilot|clergy';
