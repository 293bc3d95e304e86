/**
 * A program's window: the days in which its runs may start and its invitations go out. Days
 * are calendar days in UTC, and the last day counts in full. Either end may be open. Pure, so
 * the server's checks and the pages' wording share one reading of "inside".
 */
export interface ProgramWindow {
  startsOn: Date | null;
  endsOn: Date | null;
}

export type WindowState = 'before' | 'open' | 'after';

const DAY_MS = 24 * 60 * 60 * 1000;

export function windowState(window: ProgramWindow, now: Date): WindowState {
  if (window.startsOn && now.getTime() < window.startsOn.getTime()) return 'before';
  if (window.endsOn && now.getTime() >= window.endsOn.getTime() + DAY_MS) return 'after';
  return 'open';
}

/** "1 March 2027", in the product's English, whatever the server's locale. */
export const dayWords = (date: Date) =>
  date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** Why nothing can start now, in words; null inside the window. */
export function outsideWindowWords(window: ProgramWindow, now: Date): string | null {
  const state = windowState(window, now);
  if (state === 'before')
    return `The program starts on ${dayWords(window.startsOn!)}: runs and invitations wait until then.`;
  if (state === 'after')
    return `The program ended on ${dayWords(window.endsOn!)}: no more runs or invitations.`;
  return null;
}

/** A date as the value of a date field (YYYY-MM-DD), or empty. */
export const dayValue = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');
