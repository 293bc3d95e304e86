/**
 * A time as a person types it into a datetime-local field ("2030-03-20T10:00"), read in their
 * own time zone, and back. The field has no zone: the person's profile gives it, so the same
 * words mean the same instant whoever's browser they were typed in.
 */
import { TZDate } from '@date-fns/tz';

/** What a datetime-local field sends, to the minute. */
export const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a wall time names in `zone`, or null when it names none: not a real date, or a
 * time the clocks skip that day (02:30 on the night summer time starts). A time the clocks
 * pass twice (the night it ends) is read as the later of the two.
 */
export function instantFromWallTime(wall: string, zone: string): Date | null {
  const parts = WALL_TIME.exec(wall);
  if (!parts) return null;
  const part = (index: number) => Number(parts[index]);
  const zoned = new TZDate(part(1), part(2) - 1, part(3), part(4), part(5), zone);
  if (Number.isNaN(zoned.getTime())) return null;
  // A skipped time, or 31 February, comes back as another wall time: it does not exist.
  if (wallTimeOf(zoned, zone) !== wall) return null;
  return new Date(zoned.getTime());
}

/** The wall time of an instant in `zone`, as a datetime-local field shows it. */
export function wallTimeOf(instant: Date, zone: string): string {
  const zoned = new TZDate(instant.getTime(), zone);
  const two = (value: number) => String(value).padStart(2, '0');
  return (
    `${String(zoned.getFullYear()).padStart(4, '0')}-${two(zoned.getMonth() + 1)}-` +
    `${two(zoned.getDate())}T${two(zoned.getHours())}:${two(zoned.getMinutes())}`
  );
}

/** A zone that the runtime knows, else UTC: a profile's zone should always be one. */
export function knownZone(zone: string | null | undefined): string {
  if (!zone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}
