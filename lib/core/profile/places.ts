/**
 * Countries, languages and time zones a profile can name, from maintained code lists
 * (ISO 3166-1, ISO 639-1) and the runtime's IANA zone list.
 */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import ISO6391 from 'iso-639-1';

countries.registerLocale(english);

export const COUNTRIES: { code: string; name: string }[] = Object.entries(
  countries.getNames('en', { select: 'official' }),
)
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name));

export const LANGUAGES: { code: string; name: string }[] = ISO6391.getAllCodes()
  .map((code) => ({ code, name: ISO6391.getName(code) }))
  .sort((a, b) => a.name.localeCompare(b.name));

export const TIMEZONES: string[] = [
  'UTC',
  ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC'),
];

const countryCodes = new Set(COUNTRIES.map((country) => country.code));
const languageCodes = new Set(LANGUAGES.map((language) => language.code));
const timezones = new Set(TIMEZONES);

export const isCountryCode = (code: string) => countryCodes.has(code);
export const isLanguageCode = (code: string) => languageCodes.has(code);
/** Any zone the runtime knows, including aliases such as Asia/Kolkata that the list omits. */
export function isTimezone(zone: string): boolean {
  if (timezones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/');
  } catch {
    return false;
  }
}
export const countryName = (code: string) => countries.getName(code, 'en') ?? code;
export const languageName = (code: string) => ISO6391.getName(code) || code;
