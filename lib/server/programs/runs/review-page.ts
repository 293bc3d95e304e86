import 'server-only';
/**
 * One page of a run's review (lib/core/programs/runs/review-query.ts): the proposals that
 * match the words and status, in the order asked, twenty at a time, with the counts the page
 * states. Words match the protégé's and the proposed person's names and the goal's words, in
 * the database, so a run of 13,000 proposals never travels whole to the browser. Every query
 * names the caller's right to the program.
 */
import {
  directionOf,
  pageWithin,
  REVIEW_PAGE_SIZE,
  type ReviewQuery,
} from '@/lib/core/programs/runs/review-query';
import {
  storedAlternativesSchema,
  storedReasonsSchema,
} from '@/lib/core/programs/runs/stored-json';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '../../auth/session';
import { db } from '../../db';
import { runBy } from '../run-by';
import { fromJson } from './json-column';
import { PROPOSAL_FIELDS } from './review';

function orderOf(query: ReviewQuery): Prisma.ProposalOrderByWithRelationInput[] {
  const dir = directionOf(query);
  const by: Record<ReviewQuery['sort'], Prisma.ProposalOrderByWithRelationInput> = {
    score: { score: dir },
    protege: { protege: { name: dir } },
    goal: { goal: { statement: dir } },
    kind: { kind: dir },
    supporter: { supporter: { name: dir } },
    status: { status: dir },
  };
  // Ties in the order asked for keep one fixed order, so paging never repeats or skips a row.
  return query.sort === 'score'
    ? [by.score, { id: 'asc' }]
    : [by[query.sort], by.score, { id: 'asc' }];
}

export async function reviewPage({
  actor,
  runId,
  query,
}: {
  actor: Actor;
  runId: string;
  query: ReviewQuery;
}) {
  const ofRun: Prisma.ProposalWhereInput = { runId, run: { program: runBy(actor) } };
  const contains = query.q && { contains: query.q, mode: 'insensitive' as const };
  const where: Prisma.ProposalWhereInput = {
    ...ofRun,
    ...(query.status ? { status: query.status } : {}),
    ...(contains
      ? {
          OR: [
            { protege: { name: contains } },
            { supporter: { name: contains } },
            { goal: { statement: contains } },
          ],
        }
      : {}),
  };
  const [matching, byStatus, toReview] = await Promise.all([
    db.proposal.count({ where }),
    db.proposal.groupBy({ by: ['status'], where: ofRun, _count: { _all: true } }),
    // The fit bands say how many proposals still to review each threshold would decide.
    db.proposal.findMany({
      where: { ...ofRun, status: 'PROPOSED' },
      select: { score: true },
      orderBy: { score: 'desc' },
    }),
  ]);
  const page = pageWithin(query.page, matching);
  const rows = await db.proposal.findMany({
    where,
    orderBy: orderOf(query),
    skip: (page - 1) * REVIEW_PAGE_SIZE,
    take: REVIEW_PAGE_SIZE,
    select: PROPOSAL_FIELDS,
  });
  const counts = new Map(byStatus.map((row) => [row.status, row._count._all]));
  return {
    rows: rows.map((row) => ({
      ...row,
      reasons: fromJson(storedReasonsSchema, row.reasons, 'Proposal.reasons'),
      alternatives: fromJson(storedAlternativesSchema, row.alternatives, 'Proposal.alternatives'),
    })),
    page,
    pages: Math.max(1, Math.ceil(matching / REVIEW_PAGE_SIZE)),
    matching,
    total: [...counts.values()].reduce((sum, count) => sum + count, 0),
    approved: counts.get('APPROVED') ?? 0,
    scoresToReview: toReview.map((row) => row.score),
  };
}
