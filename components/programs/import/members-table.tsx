import Link from 'next/link';
import { ActionButton } from '@/components/forms/action-button';
import { ConfirmButton } from '@/components/forms/confirm-button';
import type { ServerFormAction } from '@/components/forms/use-server-form';

export interface MemberRow {
  userId: string;
  externalId: string | null;
  name: string;
  email: string;
  signedIn: boolean;
  organisation: string | null;
  function: string | null;
  offers: 'NONE' | 'MENTORING' | 'COACHING' | 'BOTH';
  capacity: number;
}

const OFFERS = {
  NONE: '—',
  MENTORING: 'Mentoring',
  COACHING: 'Coaching',
  BOTH: 'Mentoring and coaching',
};

/** The program's members, a page at a time, with links to the pages before and after. */
export function MembersTable(props: {
  members: MemberRow[];
  total: number;
  page: number;
  pageSize: number;
  href: (page: number) => string;
  programId: string;
  /** Sends a member who never signed in their invitation e-mail again. */
  resend: ServerFormAction;
  /** Removes a member, after a confirmation; absent when the program is read-only. */
  remove?: ServerFormAction;
}) {
  const { members, total, page, pageSize, href, programId, resend, remove } = props;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return <p>No one yet. Import a cohort file above.</p>;
  return (
    <div className="flex flex-col gap-3">
      <div className="overflow-x-auto rounded-md border border-slate-200">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            Members of the program, page {page} of {pages}
          </caption>
          <thead className="bg-slate-50">
            <tr>
              {[
                'Name',
                'E-mail',
                'Signed in',
                'Organisation',
                'Function',
                'Offers',
                'Id in file',
                ...(remove ? ['Membership'] : []),
              ].map((title) => (
                <th key={title} scope="col" className="px-3 py-2">
                  {title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId} className="border-t border-slate-100">
                <td className="px-3 py-1.5">{member.name}</td>
                <td className="px-3 py-1.5">{member.email}</td>
                <td className="px-3 py-1.5">
                  {member.signedIn ? (
                    'Yes'
                  ) : (
                    <span className="flex flex-wrap items-center gap-2">
                      Not yet
                      <ActionButton
                        action={resend}
                        fields={{ programId, userId: member.userId }}
                        label="Send invitation again"
                        context={`to ${member.name}`}
                        done="Sent"
                      />
                    </span>
                  )}
                </td>
                <td className="px-3 py-1.5">{member.organisation ?? 'No profile yet'}</td>
                <td className="px-3 py-1.5">{member.function ?? '—'}</td>
                <td className="px-3 py-1.5">
                  {OFFERS[member.offers]}
                  {member.offers !== 'NONE' && ` (room for ${member.capacity})`}
                </td>
                <td className="px-3 py-1.5 font-mono">{member.externalId ?? '—'}</td>
                {remove && (
                  <td className="px-3 py-1.5">
                    <ConfirmButton
                      action={remove}
                      fields={{ programId, userId: member.userId }}
                      label="Remove"
                      context={`${member.name} from the program`}
                      question={`Remove ${member.name} from the program? Their open invitations from it are withdrawn and the people invited with them are told. Relationships already under way go on.`}
                      confirmLabel="Yes, remove"
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages of members" className="flex items-center gap-4 text-sm">
        {page > 1 && <Link href={href(page - 1)}>Previous page</Link>}
        <span>
          Page {page} of {pages} · {total.toLocaleString('en')} members
        </span>
        {page < pages && <Link href={href(page + 1)}>Next page</Link>}
      </nav>
    </div>
  );
}
