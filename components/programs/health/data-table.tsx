import type { HealthTable } from '@/lib/core/programs/health/tables';

/** Tables longer than this scroll inside their box, which then takes keyboard focus. */
const SCROLL_AFTER_ROWS = 10;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One dashboard table: the figures a chart draws (and what screen readers get instead of
 * the chart), with a link to download it as CSV.
 */
export function DataTable({ table, csvHref }: { table: HealthTable; csvHref: string }) {
  const scrolls = table.rows.length > SCROLL_AFTER_ROWS;
  return (
    <div className="mt-3">
      <div
        className={
          scrolls ? 'max-h-80 overflow-auto rounded border border-slate-200' : 'overflow-x-auto'
        }
        {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': `${table.title}, table` } : {})}
      >
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{table.title}</caption>
          <thead className={scrolls ? 'sticky top-0 bg-white' : undefined}>
            <tr>
              {table.columns.map((column) => (
                <th
                  key={column}
                  scope="col"
                  className="border-b border-slate-300 px-2 py-1 font-semibold text-slate-900"
                >
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r} className="border-b border-slate-100 align-top">
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row" className="px-2 py-1 font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td
                      key={c}
                      className={`px-2 py-1 ${typeof cell === 'number' || ISO_DATE.test(cell) ? 'whitespace-nowrap tabular-nums' : ''}`}
                    >
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <a href={csvHref} download className="mt-2 inline-block text-sm">
        Download CSV<span className="sr-only"> of {table.title.toLowerCase()}</span>
      </a>
    </div>
  );
}
