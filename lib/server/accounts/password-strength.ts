import 'server-only';
/**
 * Whether a new password is too easy to guess, judged by zxcvbn-ts with its common-password,
 * English word and name dictionaries and keyboard patterns, so that `aaaaaaaaaa`, `1234567890`
 * and `password12` are refused while a long passphrase passes. The dictionaries are several
 * megabytes: this runs on the server only, and is loaded once per process on first use.
 * Sign-up, password change and anything that sets a password later call `passwordProblem`.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/**
 * zxcvbn's score 3 is "safely unguessable" (about 10^8 guesses and more): enough behind a slow
 * password hash and the sign-in delays; 4 would refuse many passwords people can remember.
 */
const ENOUGH = 3;

/** Words of this product that a guesser would try first. */
const PRODUCT_WORDS = ['pathfinder', 'mentor', 'mentoring', 'coach', 'coaching', 'protege'];

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

/** The person's own name and e-mail make a password guessable for anyone who knows them. */
function personalWords(person: { name?: string; email?: string }): string[] {
  const names = person.name?.split(/\s+/) ?? [];
  const words = [...names, names.join('')];
  if (person.email) words.push(person.email, ...person.email.split(/[@.+_-]/));
  return words.map((word) => word.toLowerCase()).filter((word) => word.length >= 3);
}

/**
 * Why this password would be refused, in words for the person choosing it, or null when it is
 * strong enough.
 */
export function passwordProblem(
  password: string,
  person: { name?: string; email?: string } = {},
): string | null {
  const result = zxcvbn().check(password, [...PRODUCT_WORDS, ...personalWords(person)]);
  if (result.score >= ENOUGH) return null;
  const { warning, suggestions } = result.feedback;
  const why = warning ? ` ${withStop(warning)}` : '';
  const advice = suggestions.length
    ? suggestions.map(withStop).join(' ')
    : 'Add a few more words that are not obvious together.';
  return `This password is too easy to guess.${why} ${advice}`;
}

const withStop = (sentence: string) => (/[.!?]$/.test(sentence) ? sentence : `${sentence}.`);
