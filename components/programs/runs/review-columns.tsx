'use client';
/**
 * The columns of a run's review table: who, what for, the fit and why, the runners-up, the
 * status and the decision. A sortable column names its sort in `meta` (review-query.ts).
 */
import Link from 'next/link';
import { createColumnHelper } from '@tanstack/react-table';
import { fitInWords } from '@/lib/core/matching/fit-words';
import type { ReviewSort } from '@/lib/core/programs/runs/review-query';
import { Alternatives, Decision, type ReviewRow } from './review-cells';
import { PROPOSAL_STATUS_WORDS } from './run-words';

export interface ReviewColumnMeta {
  sort?: ReviewSort;
}

const column = createColumnHelper<ReviewRow>();

/** The table's columns; `meta.sort` names the address's sort a header leads to. */
export const reviewColumns = [
  column.display({
    id: 'tick',
    header: ({ table }) => (
      <input
        type="checkbox"
        aria-label="Tick every proposal on this page that can still change"
        checked={table.getIsAllPageRowsSelected()}
        ref={(box) => {
          if (box) box.indeterminate = table.getIsSomePageRowsSelected();
        }}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
        className="size-4"
      />
    ),
    cell: ({ row }) =>
      row.getCanSelect() ? (
        <input
          type="checkbox"
          aria-label={`Tick ${row.original.supporter} for ${row.original.protege}`}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
          className="size-4"
        />
      ) : null,
  }),
  column.accessor('protege', { header: 'Protégé', meta: { sort: 'protege' } }),
  column.accessor('goal', {
    header: 'Goal',
    meta: { sort: 'goal' },
    cell: (info) => <span className="line-clamp-3">{info.getValue()}</span>,
  }),
  column.accessor('kind', {
    header: 'Kind',
    meta: { sort: 'kind' },
    cell: (info) => (info.getValue() === 'MENTOR' ? 'Mentor' : 'Coach'),
  }),
  column.accessor('supporter', {
    header: 'Proposed',
    meta: { sort: 'supporter' },
    cell: (info) => (
      <>
        <Link href={info.row.original.href}>
          {info.getValue()}
          <span className="sr-only"> for {info.row.original.protege}: side by side</span>
        </Link>
        {info.row.original.swapped && (
          <span className="block text-xs text-slate-700">swapped in</span>
        )}
      </>
    ),
  }),
  column.accessor('score', {
    header: 'Fit',
    meta: { sort: 'score' },
    cell: (info) => (
      <>
        {info.getValue()}
        <span className="block text-xs text-slate-700">{fitInWords(info.getValue())}</span>
      </>
    ),
  }),
  column.display({
    id: 'reasons',
    header: 'Why',
    cell: (info) => (
      <ul className="list-disc pl-4">
        {info.row.original.reasons.map((reason) => (
          <li key={reason.code}>{reason.about}</li>
        ))}
      </ul>
    ),
  }),
  column.display({
    id: 'alternatives',
    header: 'Next best (change in fit)',
    cell: (info) => <Alternatives row={info.row.original} />,
  }),
  column.accessor('status', {
    header: 'Status',
    meta: { sort: 'status' },
    cell: (info) => PROPOSAL_STATUS_WORDS[info.getValue()],
  }),
  column.display({
    id: 'decision',
    header: 'Decision',
    cell: (info) => <Decision row={info.row.original} />,
  }),
];
