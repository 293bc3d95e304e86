import 'server-only';
import type { LimitPolicy } from '../rate-limit';

/**
 * Offering, picking, moving and cancelling meetings: every one e-mails both people, so a
 * script must not be able to fill their inboxes; arranging a few meetings is a handful.
 */
export const MEETING_CHANGES_PER_USER: LimitPolicy = {
  name: 'meetings:user',
  points: 20,
  durationSeconds: 60 * 60,
};

/** Meetings waiting for a time or still to come, per relationship: plenty to plan ahead. */
export const OPEN_MEETINGS_PER_RELATIONSHIP = 5;
