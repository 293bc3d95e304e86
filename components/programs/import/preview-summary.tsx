import type { ImportPreview, PreviewPerson } from '@/lib/core/programs/import/summary';
import { ProblemsTable } from './problems-table';

const SHOWN_PEOPLE = 200;
const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** What an import would do: counts, what is new, every problem, and the people it names. */
export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const { people, goals, unchanged, newOrganisations, newFunctions, problems, rows } = preview;
  return (
    <div className="flex flex-col gap-4">
      <dl className="flex flex-wrap gap-x-10 gap-y-3">
        {(
          [
            ['New people', people.create],
            ['People updated', people.update],
            ['New goals', goals.create],
            ['Goals updated', goals.update],
            ['Unchanged people', unchanged.people],
            ['Unchanged goals', unchanged.goals],
          ] as const
        ).map(([label, count]) => (
          <div key={label} className="flex flex-col">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{count.toLocaleString('en')}</dd>
          </div>
        ))}
      </dl>
      {newOrganisations.length > 0 && (
        <p className="text-sm">New organisations: {newOrganisations.join(', ')}</p>
      )}
      {newFunctions.length > 0 && (
        <p className="text-sm">New functions: {newFunctions.join(', ')}</p>
      )}
      {problems.length > 0 && (
        <div className="flex flex-col gap-2">
          <p className="font-medium text-red-800">
            {plural(problems.length, 'problem')}. Nothing can be imported until the file is fixed:
            fix these and preview it again.
          </p>
          <ProblemsTable problems={problems} />
        </div>
      )}
      {rows.length > 0 && (
        // Focusable, so a keyboard can scroll a long list too.
        <div
          tabIndex={0}
          role="region"
          aria-label="People in the file"
          className="max-h-96 overflow-auto rounded-md border border-slate-200 focus-visible:outline-2 focus-visible:outline-indigo-700"
        >
          <table className="w-full text-left text-sm">
            <caption className="sr-only">People in the file</caption>
            <thead className="sticky top-0 bg-slate-50">
              <tr>
                {['Id', 'Name', 'E-mail', 'Organisation', 'Goals', 'Will be'].map((title) => (
                  <th key={title} scope="col" className="px-3 py-2">
                    {title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN_PEOPLE).map((row) => (
                <tr key={row.id} className="border-t border-slate-100">
                  <td className="px-3 py-1.5 font-mono">{row.id}</td>
                  <td className="px-3 py-1.5">{row.name}</td>
                  <td className="px-3 py-1.5">{row.email}</td>
                  <td className="px-3 py-1.5">{row.organisation}</td>
                  <td className="px-3 py-1.5 tabular-nums">{row.goals}</td>
                  <td className="px-3 py-1.5">
                    <WillBe row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > SHOWN_PEOPLE && (
            <p className="px-3 py-2 text-sm text-slate-600">
              and {plural(rows.length - SHOWN_PEOPLE, 'more person', 'more people')}.
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** What happens to one person: created, unchanged, or each field that changes. */
function WillBe({ row }: { row: PreviewPerson }) {
  if (row.action === 'create') return <>created</>;
  if (row.action === 'unchanged') return <span className="text-slate-600">unchanged</span>;
  if (row.changes.length === 0) return <>updated</>;
  return (
    <>
      updated:
      <ul className="text-xs">
        {row.changes.map((change) => (
          <li key={change.field}>
            <span className="font-mono">{change.field}</span>:{' '}
            <span dir="auto">{change.before}</span> → <span dir="auto">{change.after}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
