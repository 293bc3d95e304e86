import { describe, expect, it } from 'vitest';
import {
  pageWithin,
  readReviewQuery,
  REVIEW_PAGE_SIZE,
  reviewHref,
  sortedBy,
} from './review-query';

const PATH = '/programs/p/runs/r';

describe('the review’s address', () => {
  it('reads missing and wrong values as the defaults', () => {
    const defaults = { page: 1, status: undefined, q: undefined, sort: 'score', dir: undefined };
    expect(readReviewQuery({})).toEqual(defaults);
    expect(
      readReviewQuery({ page: '-3', status: 'MAYBE', q: '   ', sort: 'salary', dir: 'up' }),
    ).toEqual(defaults);
    expect(readReviewQuery({ page: '2.5' }).page).toBe(1);
    expect(readReviewQuery({ q: 'x'.repeat(201) }).q).toBeUndefined();
  });

  it('reads a valid query, the first of a repeated key', () => {
    expect(
      readReviewQuery({
        page: ['3', '9'],
        status: 'PROPOSED',
        q: ' Ana ',
        sort: 'protege',
        dir: 'desc',
      }),
    ).toEqual({ page: 3, status: 'PROPOSED', q: 'Ana', sort: 'protege', dir: 'desc' });
  });

  it('writes only what differs from the defaults, and a new filter starts at page 1', () => {
    const query = readReviewQuery({ page: '4', q: 'ana' });
    expect(reviewHref(PATH, query)).toBe(`${PATH}?q=ana`);
    expect(reviewHref(PATH, query, { page: 5 })).toBe(`${PATH}?page=5&q=ana`);
    expect(reviewHref(PATH, query, { status: 'APPROVED' })).toBe(`${PATH}?status=APPROVED&q=ana`);
    expect(reviewHref(PATH, readReviewQuery({}), { page: 1 })).toBe(PATH);
    expect(reviewHref(PATH, readReviewQuery({ q: 'a&b=c' }))).toBe(`${PATH}?q=a%26b%3Dc`);
  });

  it('turns a header round: its own column the other way, another column its default way', () => {
    const byScore = readReviewQuery({});
    expect(sortedBy(byScore, 'score')).toEqual({ sort: 'score', dir: 'asc' });
    expect(sortedBy(byScore, 'protege')).toEqual({ sort: 'protege', dir: undefined });
    const byName = readReviewQuery({ sort: 'protege' });
    expect(sortedBy(byName, 'protege')).toEqual({ sort: 'protege', dir: 'desc' });
    expect(reviewHref(PATH, byName, sortedBy(byName, 'protege'))).toBe(
      `${PATH}?sort=protege&dir=desc`,
    );
  });

  it('keeps the page within the proposals that match', () => {
    expect(pageWithin(3, 0)).toBe(1);
    expect(pageWithin(3, REVIEW_PAGE_SIZE * 2)).toBe(2);
    expect(pageWithin(2, REVIEW_PAGE_SIZE * 2 + 1)).toBe(2);
  });
});
