'use client';
/**
 * The cells of the review table that act: a proposal's decision buttons, and its runners-up
 * with the change in fit a swap would bring and whether each still has a free place (if not,
 * a swap asks more of them than they offered).
 */
import { ActionButton } from '@/components/forms/action-button';
import { createContext, useContext } from 'react';
import type { ServerFormAction } from '@/components/forms/use-server-form';
import type { ProposalStatus } from '@/lib/core/programs/runs/statuses';

export interface ReviewRow {
  id: string;
  protege: string;
  goal: string;
  kind: 'MENTOR' | 'COACH';
  supporter: string;
  score: number;
  reasons: { code: string; text: string; about: string }[];
  alternatives: { personId: string; name: string; score: number; hasRoom: boolean }[];
  status: ProposalStatus;
  swapped: boolean;
  /** The proposal side by side with its protégé, where it can also be paired by hand. */
  href: string;
}

/** The review's server actions, given by the page to the table and read by its cells. */
export interface ReviewActions {
  decide: ServerFormAction;
  swap: ServerFormAction;
  /** Approves or rejects the ticked rows together. */
  decideTicked: ServerFormAction;
}

export const ReviewActionsContext = createContext<ReviewActions | null>(null);

function useReviewActions(): ReviewActions {
  const actions = useContext(ReviewActionsContext);
  if (!actions) throw new Error('Review cells are rendered inside a ReviewTable.');
  return actions;
}

const signed = (delta: number) => (delta > 0 ? `+${delta}` : String(delta));

export function Decision({ row }: { row: ReviewRow }) {
  const { decide } = useReviewActions();
  if (row.status === 'PUBLISHED') return <span>Invitation sent</span>;
  const context = `${row.supporter} for ${row.protege}`;
  return (
    <div className="flex flex-col items-start gap-1">
      {row.status !== 'APPROVED' && (
        <ActionButton
          action={decide}
          fields={{ proposalId: row.id, decision: 'APPROVED' }}
          label="Approve"
          context={context}
        />
      )}
      {row.status !== 'REJECTED' && (
        <ActionButton
          action={decide}
          fields={{ proposalId: row.id, decision: 'REJECTED' }}
          label="Reject"
          context={context}
        />
      )}
      {row.status !== 'PROPOSED' && (
        <ActionButton
          action={decide}
          fields={{ proposalId: row.id, decision: 'PROPOSED' }}
          label="Undo"
          context={context}
          tone="danger"
        />
      )}
    </div>
  );
}

export function Alternatives({ row }: { row: ReviewRow }) {
  const { swap } = useReviewActions();
  if (row.alternatives.length === 0) return <span className="text-slate-700">None eligible</span>;
  return (
    <ul className="flex flex-col gap-2">
      {row.alternatives.map((option) => (
        <li key={option.personId}>
          <span className="font-medium">{option.name}</span>{' '}
          <span className="text-slate-700">
            {option.score} ({signed(option.score - row.score)})
            {option.hasRoom ? '' : ' · no free place'}
          </span>
          {row.status !== 'PUBLISHED' && (
            <div>
              <ActionButton
                action={swap}
                fields={{ proposalId: row.id, personId: option.personId }}
                label="Swap in"
                context={`${option.name} instead of ${row.supporter} for ${row.protege}`}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
