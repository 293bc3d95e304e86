/**
 * Country names and their common short forms, from the maintained ISO 3166 list the profile
 * uses (lib/core/profile/places.ts), and big cities abroad, for telling when a goal names a
 * move abroad.
 */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import { PhraseIndex, type PhraseMatch } from '@/lib/core/roles/phrase-index';
import type { GoalWord } from './goal-words';

countries.registerLocale(english);

// Names people use that the ISO list does not carry as aliases.
const EXTRA_NAMES: Readonly<Record<string, string>> = {
  america: 'US',
  'the states': 'US',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  holland: 'NL',
  dubai: 'AE',
  korea: 'KR',
};

// Big cities abroad that goals name instead of their country ("move to Berlin"). Cities
// of the United Kingdom, where most of the platform's people work, are left out, so that
// "a job in London" does not read as a move abroad.
const CITIES: Readonly<Record<string, string>> = {
  berlin: 'DE',
  munich: 'DE',
  hamburg: 'DE',
  frankfurt: 'DE',
  stuttgart: 'DE',
  paris: 'FR',
  lyon: 'FR',
  amsterdam: 'NL',
  rotterdam: 'NL',
  brussels: 'BE',
  dublin: 'IE',
  madrid: 'ES',
  barcelona: 'ES',
  lisbon: 'PT',
  rome: 'IT',
  milan: 'IT',
  zurich: 'CH',
  geneva: 'CH',
  vienna: 'AT',
  prague: 'CZ',
  warsaw: 'PL',
  stockholm: 'SE',
  copenhagen: 'DK',
  oslo: 'NO',
  helsinki: 'FI',
  athens: 'GR',
  istanbul: 'TR',
  'new york': 'US',
  'san francisco': 'US',
  'los angeles': 'US',
  chicago: 'US',
  seattle: 'US',
  toronto: 'CA',
  vancouver: 'CA',
  montreal: 'CA',
  sydney: 'AU',
  melbourne: 'AU',
  brisbane: 'AU',
  auckland: 'NZ',
  wellington: 'NZ',
  'cape town': 'ZA',
  johannesburg: 'ZA',
  nairobi: 'KE',
  lagos: 'NG',
  accra: 'GH',
  cairo: 'EG',
  mumbai: 'IN',
  bangalore: 'IN',
  bengaluru: 'IN',
  delhi: 'IN',
  shanghai: 'CN',
  beijing: 'CN',
  tokyo: 'JP',
  seoul: 'KR',
  'kuala lumpur': 'MY',
  bangkok: 'TH',
  'sao paulo': 'BR',
  'mexico city': 'MX',
  'buenos aires': 'AR',
  doha: 'QA',
  riyadh: 'SA',
  'abu dhabi': 'AE',
  'tel aviv': 'IL',
};

const nameWords = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\./g, '')
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0);

const entries: [string, string][] = [];
for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  for (const name of names) entries.push([nameWords(name).join(' '), code]);
}
for (const [name, code] of Object.entries({ ...EXTRA_NAMES, ...CITIES }))
  entries.push([name, code]);

const PLACES = new PhraseIndex<string>(entries);
const SINGLE_WORD_PLACES = new Set(
  entries.map(([name]) => name).filter((name) => !name.includes(' ')),
);

export function isPlaceName(word: string): boolean {
  return word !== 'us' && SINGLE_WORD_PLACES.has(word);
}

/**
 * The country named at a word, if any; "us" counts only when written "US" or "U.S.".
 * `text` is the goal's words as strings, passed in so a scan maps them once.
 */
export function countryAt(
  words: readonly GoalWord[],
  text: readonly string[],
  at: number,
): PhraseMatch<string> | null {
  const match = PLACES.at(text, at);
  if (!match) return null;
  const first = words[at] as GoalWord;
  if (match.length === 1 && first.word === 'us' && first.raw.replace(/\./g, '') !== 'US')
    return null;
  return match;
}
