import type { Metadata } from 'next';
import { timeWords } from '@/components/programs/runs/run-words';
import { isAuditAction, type AuditAction } from '@/lib/core/programs/audit-actions';
import { requireUser } from '@/lib/server/auth/session';
import { listAudit } from '@/lib/server/programs/audit';

export const metadata: Metadata = { title: 'Audit log' };

const ACTION_WORDS: Record<AuditAction, string> = {
  'program-created': 'Created the program',
  'policy-changed': 'Changed the policy',
  'people-imported': 'Imported people',
  'run-started': 'Started a matching run',
  'run-cancelled': 'Cancelled a matching run',
  'proposal-approved': 'Approved a proposal',
  'proposal-rejected': 'Rejected a proposal',
  'proposal-proposed': 'Put a proposal back under review',
  'proposal-swapped': 'Swapped the person of a proposal',
  'proposals-approved-above': 'Approved every proposal above a fit',
  'proposals-rejected-below': 'Rejected every proposal below a fit',
  'proposals-approved-ticked': 'Approved the ticked proposals',
  'proposals-rejected-ticked': 'Rejected the ticked proposals',
  'run-published': 'Published approved proposals as invitations',
  'join-link-renewed': 'Made a new invitation link',
  'invitation-resent': 'Sent a sign-in invitation again',
};

/** Every admin action on the program, newest first, with the record before and after. */
export default async function AuditPage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  const actor = await requireUser();
  const entries = await listAudit({ actor, programId });
  if (entries.length === 0) return <p>Nothing has happened in this program yet.</p>;
  return (
    <table className="w-full text-left text-sm" data-testid="audit-log">
      <caption className="sr-only">Audit log, newest first</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-2">
            When
          </th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} className="border-b border-slate-200 align-top">
            <td className="py-2 pr-3 whitespace-nowrap">{timeWords(entry.at)}</td>
            <td className="pr-3">{entry.actorName}</td>
            <td className="pr-3">
              {isAuditAction(entry.action) ? ACTION_WORDS[entry.action] : entry.action}
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
