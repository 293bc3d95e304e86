import type { Metadata } from 'next';
import { timeWords } from '@/components/programs/runs/run-words';
import { AUDIT_ACTIONS, isAuditAction } from '@/lib/core/programs/audit-actions';
import { ACTION_WORDS, actionWords } from '@/lib/core/programs/audit-words';
import { requireUser } from '@/lib/server/auth/session';
import { listAudit } from '@/lib/server/programs/audit';

export const metadata: Metadata = { title: 'Audit log' };

/**
 * Every admin action on the program, newest first, with whom it concerned and the record
 * before and after; filtered by kind of action and downloadable as CSV.
 */
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ programId: string }>;
  searchParams: Promise<{ action?: string | string[] }>;
}) {
  const [{ programId }, query, actor] = await Promise.all([params, searchParams, requireUser()]);
  const action =
    typeof query.action === 'string' && isAuditAction(query.action) ? query.action : undefined;
  const entries = await listAudit({ actor, programId, action });
  if (entries.length === 0 && !action) return <p>Nothing has happened in this program yet.</p>;
  const download = `/programs/${programId}/audit/audit.csv${action ? `?action=${action}` : ''}`;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        {/* A plain GET form: the filter is in the address, so it can be shared and works without JavaScript. */}
        <form className="flex items-end gap-2">
          <label className="flex flex-col gap-1 text-sm font-medium">
            Kind of action
            <select
              name="action"
              defaultValue={action ?? ''}
              className="rounded-md border border-slate-400 px-3 py-1.5 font-normal"
            >
              <option value="">All</option>
              {AUDIT_ACTIONS.map((name) => (
                <option key={name} value={name}>
                  {ACTION_WORDS[name]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
          >
            Show
          </button>
        </form>
        <a href={download} download>
          Download the log (CSV)
        </a>
      </div>
      {entries.length === 0 ? (
        <p>Nothing of that kind has happened in this program yet.</p>
      ) : (
        <table className="w-full text-left text-sm" data-testid="audit-log">
          <caption className="sr-only">Audit log, newest first</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2">
                When
              </th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">About</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3 whitespace-nowrap">{timeWords(entry.at)}</td>
                <td className="pr-3">{entry.actorName}</td>
                <td className="pr-3">{actionWords(entry.action)}</td>
                <td className="pr-3">
                  {entry.about.length ? (
                    <ul>
                      {entry.about.map((name, at) => (
                        <li key={at}>{name}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-slate-700">—</span>
                  )}
                </td>
                <td className="pr-3">
                  <Record value={entry.before} />
                </td>
                <td>
                  <Record value={entry.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Record({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-slate-700">—</span>;
  return (
    <pre className="max-w-md overflow-x-auto text-xs whitespace-pre-wrap">
      {JSON.stringify(value, null, 1)}
    </pre>
  );
}
