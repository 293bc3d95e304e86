import 'server-only';
import type { LimitPolicy } from '../rate-limit';

/**
 * Failed sign-ins from one address. Only failures count, so a cohort signing in together
 * behind one office NAT never runs out; a few hundred people with the odd typo stay well
 * under it, while spraying guesses over many accounts from one address is stopped.
 */
export const SIGN_IN_FAILURES_PER_ADDRESS: LimitPolicy = {
  name: 'sign-in-failures:ip',
  points: 100,
  durationSeconds: 15 * 60,
};
/**
 * Wrong passwords for one e-mail slow further tries on it down instead of locking it: the
 * first `free` cost nothing, then each makes the next try wait twice as long as the one
 * before, from `firstSeconds` up to `capSeconds`. An e-mail quiet for `forgetAfterHours`
 * starts again from nothing. The owner is never kept out for longer than the cap.
 */
export const SIGN_IN_DELAY = {
  free: 3,
  firstSeconds: 5,
  capSeconds: 5 * 60,
  forgetAfterHours: 24,
};
/** A cohort signing up together behind one office address fits; a script making accounts does not. */
export const SIGN_UP_PER_ADDRESS: LimitPolicy = {
  name: 'sign-up:ip',
  points: 60,
  durationSeconds: 60 * 60,
};
/** Asking and offering: plenty for a person, a wall for a script sending to everyone. */
export const REQUESTS_PER_USER: LimitPolicy = {
  name: 'requests:user',
  points: 20,
  durationSeconds: 60 * 60,
};
export const PASSWORD_CHANGE_PER_USER: LimitPolicy = {
  name: 'password:user',
  points: 5,
  durationSeconds: 15 * 60,
};
/**
 * Looking people up by name for the profile's manager field: typing a few names is a few
 * dozen look-ups; walking the whole directory is thousands.
 */
export const MANAGER_LOOKUPS_PER_USER: LimitPolicy = {
  name: 'manager-lookup:user',
  points: 60,
  durationSeconds: 10 * 60,
};
/**
 * Asking for e-mails (a sign-in link, a sign-up's confirmation): enough for a person who
 * lost one or two, too few to fill someone's inbox.
 */
export const LINK_MAILS_PER_EMAIL: LimitPolicy = {
  name: 'link-mail:email',
  points: 5,
  durationSeconds: 60 * 60,
};
export const LINK_MAILS_PER_ADDRESS: LimitPolicy = {
  name: 'link-mail:ip',
  points: 30,
  durationSeconds: 60 * 60,
};
