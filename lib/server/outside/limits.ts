import 'server-only';
/**
 * How much inviting from outside a person may do. Each invitation e-mails an address nobody on
 * the platform has vouched for, so the limits are tighter than for requests to members: a few
 * a day is plenty for asking a former manager or a conference contact, and a wall for anyone
 * using the product to send mail to strangers.
 */
import type { LimitPolicy } from '../rate-limit';

/** Invitations sent per person per day, counted whether or not the send then succeeds. */
export const OUTSIDE_INVITATIONS_PER_DAY: LimitPolicy = {
  name: 'outside-invitations:user',
  points: 5,
  durationSeconds: 24 * 60 * 60,
};

/** Invitations a protégé may have waiting for an answer at once. */
export const OPEN_OUTSIDE_INVITATIONS_CAP = 3;
