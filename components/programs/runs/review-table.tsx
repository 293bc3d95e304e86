'use client';
import Link from 'next/link';
/**
 * The review table of a run: one row per proposal, sortable by any column, filterable by text
 * and status, a page at a time. Each row shows why the person was proposed and the next best
 * alternatives, with what a swap would change: the fit gained or lost, and whether the
 * alternative still has a free place (if not, a swap asks more of them than they offered).
 */
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { fitInWords } from '@/lib/core/matching/fit-words';
import {
  Alternatives,
  Decision,
  ReviewActionsContext,
  type ReviewActions,
  type ReviewRow,
} from './review-cells';
import { PROPOSAL_STATUS_WORDS } from './run-words';
import { TickedActions } from './ticked-actions';

export type { ReviewRow };

const column = createColumnHelper<ReviewRow>();

const columns = [
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
  column.accessor('protege', { header: 'Protégé' }),
  column.accessor('goal', {
    header: 'Goal',
    cell: (info) => <span className="line-clamp-3">{info.getValue()}</span>,
  }),
  column.accessor('kind', {
    header: 'Kind',
    cell: (info) => (info.getValue() === 'MENTOR' ? 'Mentor' : 'Coach'),
  }),
  column.accessor('supporter', {
    header: 'Proposed',
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
    cell: (info) => (
      <>
        {info.getValue()}
        <span className="block text-xs text-slate-700">{fitInWords(info.getValue())}</span>
      </>
    ),
  }),
  column.accessor((row) => row.reasons.map((reason) => reason.about).join(' '), {
    id: 'reasons',
    header: 'Why',
    enableSorting: false,
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
    cell: (info) => PROPOSAL_STATUS_WORDS[info.getValue()],
    filterFn: 'equals',
  }),
  column.display({
    id: 'decision',
    header: 'Decision',
    cell: (info) => <Decision row={info.row.original} />,
  }),
];

const PAGE_SIZE = 20;

export function ReviewTable({
  runId,
  rows,
  actions,
}: {
  runId: string;
  rows: ReviewRow[];
  actions: ReviewActions;
}) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'score', desc: true }]);
  const [ticked, setTicked] = useState<RowSelectionState>({});
  const clearTicks = useCallback(() => setTicked({}), []);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');
  const columnFilters = useMemo(() => (status ? [{ id: 'status', value: status }] : []), [status]);
  // TanStack Table's hook returns functions that React Compiler must not memoise.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, globalFilter: search, columnFilters, rowSelection: ticked },
    onSortingChange: setSorting,
    onRowSelectionChange: setTicked,
    getRowId: (row) => row.id,
    // A published proposal is an invitation already: nothing about it can change.
    enableRowSelection: (row) => row.original.status !== 'PUBLISHED',
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    globalFilterFn: 'includesString',
    autoResetPageIndex: false,
    initialState: { pagination: { pageIndex: 0, pageSize: PAGE_SIZE } },
  });
  const pages = Math.max(1, table.getPageCount());
  return (
    <ReviewActionsContext value={actions}>
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-end gap-4">
          <label className="flex flex-col gap-1 text-sm font-medium">
            Filter
            <input
              type="search"
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
                table.setPageIndex(0);
              }}
              placeholder="Name, goal, reason…"
              className="rounded-md border border-slate-400 px-3 py-1.5 font-normal"
            />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Status
            <select
              value={status}
              onChange={(event) => {
                setStatus(event.target.value);
                table.setPageIndex(0);
              }}
              className="rounded-md border border-slate-400 px-3 py-1.5 font-normal"
            >
              <option value="">All</option>
              {Object.entries(PROPOSAL_STATUS_WORDS).map(([value, words]) => (
                <option key={value} value={value}>
                  {words}
                </option>
              ))}
            </select>
          </label>
          <p className="text-sm text-slate-700" aria-live="polite">
            {table.getFilteredRowModel().rows.length} of {rows.length} proposals
          </p>
        </div>
        {Object.keys(ticked).length > 0 && (
          <TickedActions
            runId={runId}
            proposalIds={Object.keys(ticked).filter((id) => ticked[id])}
            action={actions.decideTicked}
            onDone={clearTicks}
          />
        )}
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="review-table">
            <caption className="sr-only">Proposals of this run</caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id} className="border-b border-slate-300">
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        className="px-2 py-2 align-bottom"
                        aria-sort={
                          sorted === 'asc'
                            ? 'ascending'
                            : sorted === 'desc'
                              ? 'descending'
                              : undefined
                        }
                      >
                        {header.column.getCanSort() ? (
                          <button
                            type="button"
                            onClick={header.column.getToggleSortingHandler()}
                            className="font-semibold hover:underline"
                          >
                            {flexRender(header.column.columnDef.header, header.getContext())}
                            {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                          </button>
                        ) : (
                          flexRender(header.column.columnDef.header, header.getContext())
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200 align-top">
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className="px-2 py-2">
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <nav aria-label="Pages of proposals" className="flex items-center gap-3 text-sm">
          <button
            type="button"
            onClick={() => table.previousPage()}
            disabled={!table.getCanPreviousPage()}
            className="rounded border border-slate-300 px-3 py-1 disabled:opacity-50"
          >
            Previous
          </button>
          <span>
            Page {table.getState().pagination.pageIndex + 1} of {pages}
          </span>
          <button
            type="button"
            onClick={() => table.nextPage()}
            disabled={!table.getCanNextPage()}
            className="rounded border border-slate-300 px-3 py-1 disabled:opacity-50"
          >
            Next
          </button>
        </nav>
      </div>
    </ReviewActionsContext>
  );
}
