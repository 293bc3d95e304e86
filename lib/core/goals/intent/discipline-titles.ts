/**
 * The role a discipline's name points to when a goal names only the discipline ("move into
 * product management" is a Product Manager, "into QA testing" a QA Engineer). Hand-curated;
 * a discipline with no obvious entry role ("sales", "private equity") is not listed.
 */
export const DISCIPLINE_TITLES: Readonly<Record<string, string>> = {
  'product management': 'product manager',
  'project management': 'project manager',
  'programme management': 'programme manager',
  'software engineering': 'software engineer',
  'software development': 'software engineer',
  development: 'software engineer',
  'web development': 'web developer',
  programming: 'software engineer',
  coding: 'software engineer',
  'sales engineering': 'sales engineer',
  'data science': 'data scientist',
  'data analysis': 'data analyst',
  'data analytics': 'data analyst',
  analytics: 'data analyst',
  'data engineering': 'data engineer',
  'machine learning': 'machine learning engineer',
  ux: 'ux designer',
  'ux design': 'ux designer',
  'ui design': 'ui designer',
  'product design': 'product designer',
  'graphic design': 'graphic designer',
  'user research': 'ux researcher',
  'ux research': 'ux researcher',
  qa: 'qa engineer',
  'qa testing': 'qa engineer',
  testing: 'qa engineer',
  'quality assurance': 'qa engineer',
  backend: 'backend engineer',
  'backend development': 'backend engineer',
  frontend: 'frontend engineer',
  'frontend development': 'frontend engineer',
  'full stack': 'full stack engineer',
  devops: 'devops engineer',
  cybersecurity: 'security engineer',
  'cyber security': 'security engineer',
  'information security': 'security engineer',
  nursing: 'registered nurse',
  'health visiting': 'health visitor',
  midwifery: 'midwife',
  teaching: 'teacher',
  accounting: 'accountant',
  accountancy: 'accountant',
  recruiting: 'recruiter',
  recruitment: 'recruiter',
  'management consulting': 'management consultant',
  journalism: 'journalist',
  physiotherapy: 'physiotherapist',
  copywriting: 'copywriter',
  'product marketing': 'product marketing manager',
  'customer success': 'customer success manager',
  buying: 'buyer',
  merchandising: 'merchandiser',
};

/** "mechanical engineering" is a mechanical engineer's field, "service design" a designer's. */
const FIELD_ENDINGS: Readonly<Record<string, string>> = {
  engineering: 'engineer',
  design: 'designer',
  development: 'developer',
};

export function disciplineTitle(words: readonly string[]): string | null {
  const listed = DISCIPLINE_TITLES[words.join(' ')];
  if (listed) return listed;
  const last = words[words.length - 1] ?? '';
  const ending = FIELD_ENDINGS[last];
  return ending && words.length > 1 ? [...words.slice(0, -1), ending].join(' ') : null;
}
