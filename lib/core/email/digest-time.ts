/**
 * When a person's daily digest is due: at 07:00 on their own clock (their profile's time zone,
 * UTC without one). The digest job runs every quarter hour and sends what waited since before
 * the latest 07:00, so a missed run (a worker down at 07:00) only delays it.
 */
import { instantFromWallTime, wallTimeOf } from '../meetings/wall-time';

export const DIGEST_HOUR = 7;

/** The latest 07:00 on the zone's clock at or before `now`. */
export function latestDigestMoment(now: Date, zone: string): Date {
  const today = wallTimeOf(now, zone).slice(0, 10);
  const hour = `T${String(DIGEST_HOUR).padStart(2, '0')}:00`;
  const moment = instantFromWallTime(`${today}${hour}`, zone) ?? now;
  if (moment <= now) return moment;
  const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString();
  return instantFromWallTime(`${yesterday.slice(0, 10)}${hour}`, zone) ?? now;
}
