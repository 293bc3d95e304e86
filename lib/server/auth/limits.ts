import 'server-only';
import type { LimitPolicy } from '../rate-limit';

/** Guessing passwords for one account is slowed hard; one address gets a little more room. */
export const SIGN_IN_PER_EMAIL: LimitPolicy = {
  name: 'sign-in:email',
  points: 5,
  durationSeconds: 15 * 60,
};
export const SIGN_IN_PER_ADDRESS: LimitPolicy = {
  name: 'sign-in:ip',
  points: 30,
  durationSeconds: 15 * 60,
};
export const SIGN_UP_PER_ADDRESS: LimitPolicy = {
  name: 'sign-up:ip',
  points: 10,
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
