import 'server-only';
/**
 * The closing answers of the program's ended relationships (scope.ts: the protégé is a member),
 * each beside the fit and reasons of the proposal it started from, so the team can see which
 * evidence goes with relationships that helped.
 */
import { db } from '../../db';
import { oneDecimal } from '@/lib/core/programs/health/bins';
import { storedReasonsSchema } from '@/lib/core/programs/runs/stored-json';
import type { OutcomeRow, Outcomes } from '@/lib/core/programs/health/types';
import { fromJson } from '../runs/json-column';

export async function summariseOutcomes(programId: string): Promise<Outcomes> {
  const answers = await db.relationshipOutcome.findMany({
    where: { relationship: { protege: { programMemberships: { some: { programId } } } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      helped: true,
      wouldRecommend: true,
      adminNote: true,
      authorId: true,
      relationship: {
        select: {
          id: true,
          kind: true,
          protegeId: true,
          request: { select: { proposal: { select: { score: true, reasons: true } } } },
        },
      },
    },
  });
  const rows = answers.map(({ relationship, ...answer }): OutcomeRow => {
    const proposal = relationship.request.proposal;
    return {
      relationshipId: relationship.id,
      kind: relationship.kind,
      side: answer.authorId === relationship.protegeId ? 'protege' : 'supporter',
      helped: answer.helped,
      wouldRecommend: answer.wouldRecommend,
      adminNote: answer.adminNote,
      fit: proposal?.score ?? null,
      reasons: proposal
        ? fromJson(storedReasonsSchema, proposal.reasons, 'Proposal.reasons')
            .toSorted((a, b) => b.points - a.points)
            .map((reason) => reason.code)
        : [],
    };
  });
  const helped = rows.reduce((sum, row) => sum + row.helped, 0);
  return {
    answered: rows.length,
    meanHelped: rows.length ? oneDecimal(helped / rows.length) : null,
    wouldRecommend: rows.filter((row) => row.wouldRecommend).length,
    rows,
  };
}
