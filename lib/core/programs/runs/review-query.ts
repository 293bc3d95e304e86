/**
 * What the review of a run shows: one page of its proposals, filtered by words and status and
 * sorted by a column, as the page's address says (`?page=2&status=PROPOSED&q=ana&sort=score&
 * dir=desc`). The address holds it, so a filtered page can be shared, reloaded and used without
 * JavaScript, and the server reads only the page asked for: a run of 20,000 people has over
 * 13,000 proposals. Anything the address gets wrong reads as the default, never as an error.
 */
import { z } from 'zod';
import type { ProposalStatus } from './statuses';

export const REVIEW_PAGE_SIZE = 20;

export const REVIEW_SORTS = ['score', 'protege', 'goal', 'kind', 'supporter', 'status'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

const STATUSES = [
  'PROPOSED',
  'APPROVED',
  'REJECTED',
  'PUBLISHED',
] as const satisfies readonly ProposalStatus[];

// One value per key: a repeated key (?page=1&page=2) arrives as an array and reads as the first.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const orDefault = <T extends z.ZodType>(schema: T, fallback: z.output<T>) =>
  z.preprocess(first, schema.catch(fallback));

export const reviewQuerySchema = z.object({
  page: orDefault(z.coerce.number().int().min(1).max(1_000_000), 1),
  status: orDefault(z.enum(STATUSES).optional(), undefined),
  q: orDefault(
    z
      .string()
      .trim()
      .max(200)
      .transform((text) => text || undefined)
      .optional(),
    undefined,
  ),
  sort: orDefault(z.enum(REVIEW_SORTS), 'score'),
  dir: orDefault(z.enum(['asc', 'desc']).optional(), undefined),
});

export type ReviewQuery = z.output<typeof reviewQuerySchema>;

/** The address's query read leniently: whatever is missing or wrong takes its default. */
export function readReviewQuery(params: Record<string, unknown>): ReviewQuery {
  return reviewQuerySchema.parse(params);
}

/** Highest fit first; names and words from A. */
export const defaultDirection = (sort: ReviewSort): 'asc' | 'desc' =>
  sort === 'score' ? 'desc' : 'asc';

export const directionOf = (query: ReviewQuery): 'asc' | 'desc' =>
  query.dir ?? defaultDirection(query.sort);

/** The address of the review with `change` applied; a new filter or sort starts at page 1. */
export function reviewHref(
  path: string,
  query: ReviewQuery,
  change: Partial<ReviewQuery> = {},
): string {
  const next = { ...query, ...change };
  if (!('page' in change)) next.page = 1;
  const params = new URLSearchParams();
  if (next.page > 1) params.set('page', String(next.page));
  if (next.status) params.set('status', next.status);
  if (next.q) params.set('q', next.q);
  if (next.sort !== 'score') params.set('sort', next.sort);
  if (next.dir && next.dir !== defaultDirection(next.sort)) params.set('dir', next.dir);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** The sort a column header leads to: its own column the other way round, or its default. */
export function sortedBy(query: ReviewQuery, sort: ReviewSort): Partial<ReviewQuery> {
  if (query.sort !== sort) return { sort, dir: undefined };
  return { sort, dir: directionOf(query) === 'asc' ? 'desc' : 'asc' };
}

/** The page shown: the one asked for, or the last when fewer proposals now match. */
export function pageWithin(page: number, matching: number): number {
  return Math.min(page, Math.max(1, Math.ceil(matching / REVIEW_PAGE_SIZE)));
}
