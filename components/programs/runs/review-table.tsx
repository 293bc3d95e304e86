'use client';
import Link from 'next/link';
/**
 * The review table of a run: one page of proposals, as the server read it for the page's
 * address (lib/core/programs/runs/review-query.ts): sorting, the filters and the pages are
 * links and a form, so they work without JavaScript and a run of any size sends one page.
 * Each row shows why the person was proposed and the next best alternatives, with what a swap
 * would change: the fit gained or lost, and whether the alternative still has a free place
 * (if not, a swap asks more of them than they offered). Ticking is per page.
 */
import Form from 'next/form';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type RowSelectionState,
} from '@tanstack/react-table';
import { useCallback, useState } from 'react';
import {
  directionOf,
  reviewHref,
  sortedBy,
  type ReviewQuery,
} from '@/lib/core/programs/runs/review-query';
import { ReviewActionsContext, type ReviewActions, type ReviewRow } from './review-cells';
import { reviewColumns, type ReviewColumnMeta } from './review-columns';
import { PROPOSAL_STATUS_WORDS } from './run-words';
import { TickedActions } from './ticked-actions';

export type { ReviewRow };

/** Where the page of proposals stands: what the address asked, and how much matched. */
export interface ReviewPaging {
  /** The run's page, which the sort, filter and page links lead back to. */
  path: string;
  query: ReviewQuery;
  page: number;
  pages: number;
  matching: number;
  total: number;
}

export function ReviewTable({
  runId,
  rows,
  paging,
  actions,
}: {
  runId: string;
  rows: ReviewRow[];
  paging: ReviewPaging;
  actions: ReviewActions;
}) {
  const { path, query, page, pages } = paging;
  const [ticked, setTicked] = useState<RowSelectionState>({});
  const clearTicks = useCallback(() => setTicked({}), []);
  // TanStack Table's hook returns functions that React Compiler must not memoise.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: reviewColumns,
    state: { rowSelection: ticked },
    onRowSelectionChange: setTicked,
    getRowId: (row) => row.id,
    // A published proposal is an invitation already: nothing about it can change.
    enableRowSelection: (row) => row.original.status !== 'PUBLISHED',
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
  });
  const at = { ...query, page };
  return (
    <ReviewActionsContext value={actions}>
      <div className="flex flex-col gap-3">
        <Form action={path} className="flex flex-wrap items-end gap-4">
          <label className="flex flex-col gap-1 text-sm font-medium">
            Filter
            <input
              type="search"
              name="q"
              defaultValue={query.q ?? ''}
              placeholder="Name or goal…"
              className="rounded-md border border-slate-400 px-3 py-1.5 font-normal"
            />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Status
            <select
              name="status"
              defaultValue={query.status ?? ''}
              onChange={(event) => event.currentTarget.form?.requestSubmit()}
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
          {query.sort !== 'score' && <input type="hidden" name="sort" value={query.sort} />}
          {query.dir && <input type="hidden" name="dir" value={query.dir} />}
          <button type="submit" className="rounded-md border border-slate-400 px-3 py-1.5 text-sm">
            Show
          </button>
          <p className="text-sm text-slate-700" aria-live="polite" data-testid="review-count">
            {paging.matching} of {paging.total} proposals
          </p>
        </Form>
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
                    const sort = (header.column.columnDef.meta as ReviewColumnMeta | undefined)
                      ?.sort;
                    const sorted = sort && query.sort === sort ? directionOf(query) : undefined;
                    const label = flexRender(header.column.columnDef.header, header.getContext());
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
                        {sort ? (
                          <Link
                            href={reviewHref(path, query, sortedBy(query, sort))}
                            className="font-semibold text-slate-900 no-underline hover:underline"
                          >
                            {label}
                            {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                          </Link>
                        ) : (
                          label
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
          {rows.length === 0 && (
            <p className="py-4 text-sm">
              No proposals match.{' '}
              <Link href={reviewHref(path, query, { q: undefined, status: undefined })}>
                Show them all
              </Link>
            </p>
          )}
        </div>
        <nav aria-label="Pages of proposals" className="flex items-center gap-3 text-sm">
          <PageLink to={page > 1 ? reviewHref(path, at, { page: page - 1 }) : null}>
            Previous
          </PageLink>
          <span>
            Page {page} of {pages}
          </span>
          <PageLink to={page < pages ? reviewHref(path, at, { page: page + 1 }) : null}>
            Next
          </PageLink>
        </nav>
      </div>
    </ReviewActionsContext>
  );
}

const PAGE_LINK = 'rounded border border-slate-300 px-3 py-1 no-underline';

/** A link to another page, or the same words greyed out where there is none. */
function PageLink({ to, children }: { to: string | null; children: React.ReactNode }) {
  return to ? (
    <Link href={to} className={PAGE_LINK}>
      {children}
    </Link>
  ) : (
    <span aria-disabled="true" className={`${PAGE_LINK} opacity-50`}>
      {children}
    </span>
  );
}
