/**
 * Times in words for one reader's time zone: "Wednesday, 20 March 2030 at 10:00". The zone is
 * always the reader's (from their profile), never the server's, so the same meeting reads
 * right for both people wherever the page was rendered.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
function format(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone} ${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: zone, hourCycle: 'h23' });
    formats.set(key, found);
  }
  return found;
}

/** "Wednesday, 20 March 2030 at 10:00". */
export function meetingTimeWords(instant: Date, zone: string): string {
  return format(zone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
}

/** "20 March at 10:00": when a message was sent. */
export function shortTimeWords(instant: Date, zone: string): string {
  return format(zone, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(
    instant,
  );
}

/** "Europe/Paris, GMT+1": which clock a time is read on. */
export function zoneWords(instant: Date, zone: string): string {
  const offset = format(zone, { timeZoneName: 'shortOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  return offset ? `${zone}, ${offset}` : zone;
}
