/**
 * Pure helpers that turn the database's small grouped rows into the dashboard's histograms:
 * fixed, ordered bins with zeros where nothing fell, and weeks without gaps. No I/O.
 */
import type { Bin, RatingWeek } from './types';

/** Whole days from a request to its yes, grouped as an admin thinks of waiting. */
export const DAY_BINS = [
  { label: 'Same day', from: 0, to: 0 },
  { label: '1 day', from: 1, to: 1 },
  { label: '2 days', from: 2, to: 2 },
  { label: '3–6 days', from: 3, to: 6 },
  { label: '1–2 weeks', from: 7, to: 13 },
  { label: '2 weeks or more', from: 14, to: Infinity },
] as const;

/** Folds counts per whole day (0, 1, 2...) into DAY_BINS. */
export function binDays(rows: readonly { day: number; count: number }[]): Bin[] {
  return DAY_BINS.map(({ label, from, to }) => ({
    label,
    count: rows.filter((r) => r.day >= from && r.day <= to).reduce((sum, r) => sum + r.count, 0),
  }));
}

/** How full a supporter is: their relationships in intro or under way over their capacity. */
export const UTILISATION_BUCKETS = {
  NO_CAPACITY: 'No places',
  IDLE: '0%',
  UNDER_HALF: '1–49%',
  HALF_OR_MORE: '50–99%',
  FULL: '100%',
  OVER: 'Over 100%',
} as const;

export type UtilisationBucket = keyof typeof UTILISATION_BUCKETS;

/** The bucket of one supporter; the SQL in utilisation.ts applies the same rule. */
export function utilisationBucket(taken: number, capacity: number): UtilisationBucket {
  if (capacity <= 0) return 'NO_CAPACITY';
  if (taken === 0) return 'IDLE';
  if (taken * 2 < capacity) return 'UNDER_HALF';
  if (taken < capacity) return 'HALF_OR_MORE';
  if (taken === capacity) return 'FULL';
  return 'OVER';
}

export function binUtilisation(rows: readonly { bucket: string; count: number }[]): Bin[] {
  return Object.entries(UTILISATION_BUCKETS).map(([bucket, label]) => ({
    label,
    count: rows.find((r) => r.bucket === bucket)?.count ?? 0,
  }));
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Every week from the first to the last with check-ins, so a quiet week shows as a gap. */
export function fillWeeks(rows: readonly RatingWeek[]): RatingWeek[] {
  const [first] = rows;
  const last = rows.at(-1);
  if (!first || !last) return [];
  const byTime = new Map(rows.map((r) => [r.week.getTime(), r]));
  const weeks: RatingWeek[] = [];
  for (let t = first.week.getTime(); t <= last.week.getTime(); t += WEEK_MS)
    weeks.push(byTime.get(t) ?? { week: new Date(t), meanRating: null, checkIns: 0 });
  return weeks;
}

/** One decimal place, as the dashboard shows figures. */
export const oneDecimal = (value: number) => Math.round(value * 10) / 10;
