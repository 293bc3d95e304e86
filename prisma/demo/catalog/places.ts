/**
 * Countries the demo people live in: their IANA time zones (weighted, for countries that
 * span several), the languages people there usually speak (ISO 639-1, most common first),
 * the faker locale their names come from, and how a goal would name the place.
 */

export type NameLocale =
  | 'en'
  | 'en_GB'
  | 'en_IE'
  | 'en_US'
  | 'en_CA'
  | 'en_AU'
  | 'en_IN'
  | 'en_ZA'
  | 'en_NG'
  | 'de'
  | 'nl'
  | 'fr'
  | 'es'
  | 'es_MX'
  | 'it'
  | 'pl'
  | 'sv'
  | 'pt_PT'
  | 'pt_BR';

export interface PlaceSpec {
  code: string;
  /** How someone would write it in a sentence: "move to the Netherlands". */
  label: string;
  timezones: readonly (readonly [string, number])[];
  languages: readonly string[];
  nameLocale: NameLocale;
}

const place = (
  code: string,
  label: string,
  timezones: readonly (readonly [string, number])[],
  languages: readonly string[],
  nameLocale: NameLocale,
): PlaceSpec => ({ code, label, timezones, languages, nameLocale });

export const PLACES: readonly PlaceSpec[] = [
  place('GB', 'the UK', [['Europe/London', 1]], ['en'], 'en_GB'),
  place('IE', 'Ireland', [['Europe/Dublin', 1]], ['en', 'ga'], 'en_IE'),
  place(
    'US',
    'the US',
    [
      ['America/New_York', 5],
      ['America/Chicago', 3],
      ['America/Denver', 1],
      ['America/Los_Angeles', 4],
    ],
    ['en', 'es'],
    'en_US',
  ),
  place(
    'CA',
    'Canada',
    [
      ['America/Toronto', 3],
      ['America/Vancouver', 1],
      ['America/Edmonton', 1],
    ],
    ['en', 'fr'],
    'en_CA',
  ),
  place('DE', 'Germany', [['Europe/Berlin', 1]], ['de'], 'de'),
  place('NL', 'the Netherlands', [['Europe/Amsterdam', 1]], ['nl'], 'nl'),
  place('FR', 'France', [['Europe/Paris', 1]], ['fr'], 'fr'),
  place('ES', 'Spain', [['Europe/Madrid', 1]], ['es', 'ca'], 'es'),
  place('IT', 'Italy', [['Europe/Rome', 1]], ['it'], 'it'),
  place('PL', 'Poland', [['Europe/Warsaw', 1]], ['pl'], 'pl'),
  place('SE', 'Sweden', [['Europe/Stockholm', 1]], ['sv'], 'sv'),
  place('PT', 'Portugal', [['Europe/Lisbon', 1]], ['pt'], 'pt_PT'),
  place('IN', 'India', [['Asia/Kolkata', 1]], ['en', 'hi', 'ta', 'mr'], 'en_IN'),
  place('SG', 'Singapore', [['Asia/Singapore', 1]], ['en', 'zh', 'ms'], 'en'),
  place(
    'AU',
    'Australia',
    [
      ['Australia/Sydney', 3],
      ['Australia/Melbourne', 2],
      ['Australia/Perth', 1],
    ],
    ['en'],
    'en_AU',
  ),
  place('BR', 'Brazil', [['America/Sao_Paulo', 1]], ['pt'], 'pt_BR'),
  place('MX', 'Mexico', [['America/Mexico_City', 1]], ['es'], 'es_MX'),
  place('ZA', 'South Africa', [['Africa/Johannesburg', 1]], ['en', 'af', 'zu'], 'en_ZA'),
  place('NG', 'Nigeria', [['Africa/Lagos', 1]], ['en', 'yo', 'ig'], 'en_NG'),
];

const byCode = new Map(PLACES.map((spec) => [spec.code, spec]));

export function placeFor(code: string): PlaceSpec {
  const spec = byCode.get(code);
  if (!spec) throw new RangeError(`No demo place for country ${code}`);
  return spec;
}

/** Extra languages people pick up, beyond English and the local one. */
export const SECOND_LANGUAGES = [
  'fr',
  'es',
  'de',
  'it',
  'pt',
  'zh',
  'ja',
  'ar',
  'hi',
  'nl',
  'ru',
  'ko',
] as const;
