import 'server-only';
import type { LimitPolicy } from '../rate-limit';

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
