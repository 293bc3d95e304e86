import type { ImportProblem } from '@/lib/core/programs/import/types';

/** Every bad row of a file, where it is and what is wrong, in file order. */
export function ProblemsTable({ problems }: { problems: ImportProblem[] }) {
  return (
    // Focusable, so a keyboard can scroll a long list too.
    <div
      tabIndex={0}
      role="region"
      aria-label="Problems in the file"
      className="max-h-96 overflow-auto rounded-md border border-red-300 focus-visible:outline-2 focus-visible:outline-indigo-700"
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Problems in the file</caption>
        <thead className="sticky top-0 bg-red-50 text-red-900">
          <tr>
            <th scope="col" className="px-3 py-2">
              Line
            </th>
            <th scope="col" className="px-3 py-2">
              Field
            </th>
            <th scope="col" className="px-3 py-2">
              Problem
            </th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index} className="border-t border-red-100">
              <td className="px-3 py-1.5 tabular-nums">{problem.line ?? '—'}</td>
              <td className="px-3 py-1.5 font-mono">{problem.field || '—'}</td>
              <td className="px-3 py-1.5">{problem.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
