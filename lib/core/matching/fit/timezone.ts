/**
 * Timezone overlap from IANA zones: each zone's UTC offset at one reference instant handed in
 * (never the clock), so the same file always scores the same, then how many hours of a 9-to-5
 * working day the two people share.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const WORKDAY_MINUTES = 8 * 60;
const DAY_MINUTES = 24 * 60;

/** Minutes east of UTC at `at`, e.g. 330 for Asia/Kolkata; 0 for a zone the runtime lacks. */
export function utcOffsetMinutes(zone: string, at: Date): number {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      return 0;
    }
    formatters.set(zone, formatter);
  }
  const name =
    formatter.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const found = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!found) return 0;
  const minutes = Number(found[2]) * 60 + Number(found[3] ?? 0);
  return found[1] === '-' ? -minutes : minutes;
}

/** Shared working hours, 0..8, for two offsets; a 23-hour gap is a 1-hour gap the other way. */
export function sharedWorkingHours(offsetA: number, offsetB: number): number {
  const apart = Math.abs(offsetA - offsetB) % DAY_MINUTES;
  const gap = Math.min(apart, DAY_MINUTES - apart);
  return Math.max(0, WORKDAY_MINUTES - gap) / 60;
}
