/**
 * Writes lexicon words back as a title: capitalised, acronyms in capitals, small words
 * lower case ("VP of Engineering", "Head of Sales, EMEA", "Co-Founder").
 */
const ACRONYMS = new Set([
  'vp',
  'ux',
  'ui',
  'qa',
  'hr',
  'it',
  'emea',
  'apac',
  'latam',
  'ai',
  'ml',
  'bi',
  'sre',
  'seo',
  'pr',
  'uk',
  'us',
  'eu',
  'fp&a',
  'l&d',
  'aml',
  'kyc',
  'b2b',
  'saas',
  'nhs',
]);

const SMALL_WORDS = new Set(['of', 'and', 'for', 'in', 'the', 'de', '&', 'to']);

const SPECIAL: Readonly<Record<string, string>> = {
  cofounder: 'Co-Founder',
  ecommerce: 'E-commerce',
  frontend: 'Frontend',
  backend: 'Backend',
  devops: 'DevOps',
};

function capitalise(word: string, index: number): string {
  if (SPECIAL[word]) return SPECIAL[word];
  if (ACRONYMS.has(word)) return word.toUpperCase();
  if (index > 0 && SMALL_WORDS.has(word)) return word;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function titleCase(words: readonly string[]): string {
  return words
    .map(capitalise)
    .join(' ')
    .replace(/\bNon Executive\b/g, 'Non-Executive')
    .replace(/\bInformation Technology\b/g, 'IT')
    .replace(/\bMulti Site\b/g, 'Multi-Site');
}
