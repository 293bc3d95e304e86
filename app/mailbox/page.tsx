import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/layout/page-heading';
import type { EmailStatus } from '@/lib/core/email/statuses';
import { requireUser } from '@/lib/server/auth/session';
import { listMailbox } from '@/lib/server/email/outbox';

export const metadata: Metadata = { title: 'Mailbox' };

const STATUS_WORDS: Record<EmailStatus, string> = {
  QUEUED: 'Waiting to be sent',
  SENDING: 'Sending',
  SENT: 'Sent',
  HELD: 'Kept here (no mail server configured)',
  AWAITING_DIGEST: 'Waiting for its reader’s daily digest',
  IN_DIGEST: 'Told in a daily digest',
};

/**
 * What the product would have e-mailed, for platform admins: without SMTP_URL (the embedded
 * default) this is where a newcomer sees the mail. Anyone else gets "not found".
 */
export default async function MailboxPage() {
  const actor = await requireUser();
  const messages = await listMailbox({ actor });
  if (!messages) notFound();
  return (
    <>
      <PageHeading title="Mailbox" />
      <p className="mb-4 text-slate-700">
        The e-mails the product sent or would have sent. Set SMTP_URL to deliver them for real.
      </p>
      {messages.length === 0 ? (
        <p>No e-mail yet.</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="mailbox">
          {messages.map((message) => (
            <li key={message.id} className="rounded border border-slate-200 bg-white p-3">
              <p className="text-sm text-slate-700">
                To {message.to} · {message.createdAt.toISOString().slice(0, 16).replace('T', ' ')} ·{' '}
                {STATUS_WORDS[message.status]}
              </p>
              <p className="font-medium">{message.subject}</p>
              <p className="text-sm whitespace-pre-line">{message.text}</p>
              {message.calendar && (
                <p className="mt-1 text-sm text-slate-700">
                  With a calendar invitation (invitation.ics).
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
