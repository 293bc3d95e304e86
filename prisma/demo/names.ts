/**
 * Names from faker, one seeded instance per locale so a German colleague gets a German
 * name, and e-mail addresses derived from them: lower-case ASCII, unique across everyone.
 */
import {
  Faker,
  base,
  de,
  en,
  en_AU,
  en_CA,
  en_GB,
  en_IE,
  en_IN,
  en_NG,
  en_US,
  en_ZA,
  es,
  es_MX,
  fr,
  it,
  nl,
  pl,
  pt_BR,
  pt_PT,
  sv,
  type LocaleDefinition,
} from '@faker-js/faker';
import type { NameLocale } from './catalog/places';

const LOCALES: Record<NameLocale, LocaleDefinition> = {
  en,
  en_GB,
  en_IE,
  en_US,
  en_CA,
  en_AU,
  en_IN,
  en_ZA,
  en_NG,
  de,
  nl,
  fr,
  es,
  es_MX,
  it,
  pl,
  sv,
  pt_PT,
  pt_BR,
};

export interface PersonName {
  first: string;
  last: string;
}

/** Hands out names; each locale's faker is seeded from the run's seed when first used. */
export function createNameSource(seed: number): (locale: NameLocale) => PersonName {
  const instances = new Map<NameLocale, Faker>();
  return (locale) => {
    let faker = instances.get(locale);
    if (!faker) {
      faker = new Faker({ locale: [LOCALES[locale], en, base] });
      // Seeded by locale, not by order of first use, so each locale's names stand alone.
      faker.seed([seed, ...Array.from(locale, (letter) => letter.charCodeAt(0))]);
      instances.set(locale, faker);
    }
    const sex = faker.person.sexType();
    return { first: faker.person.firstName(sex), last: faker.person.lastName(sex) };
  };
}

const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
};

/** "Zoë O'Brien-Łukasz" -> "zoe.obrien-lukasz": what a mail system would make of it. */
export function emailLocalPart(name: PersonName): string {
  const clean = (text: string) =>
    text
      .toLowerCase()
      .replace(/[ßłøæœđ]/g, (letter) => SPECIAL_LETTERS[letter] ?? '')
      .normalize('NFD')
      .replace(/[^a-z0-9 -]/g, '')
      .trim()
      .replace(/\s+/g, '-');
  const local = [clean(name.first), clean(name.last)].filter(Boolean).join('.');
  return local || 'colleague';
}

/** Returns a unique address, numbering repeats (jo.smith2@...), remembering what it gave. */
export function createEmailRegistry(): (local: string, domain: string) => string {
  const taken = new Set<string>();
  return (local, domain) => {
    let email = `${local}@${domain}`;
    for (let suffix = 2; taken.has(email); suffix++) email = `${local}${suffix}@${domain}`;
    taken.add(email);
    return email;
  };
}
