/**
 * A relationship's messages as text: whatever someone typed (markup, a script, right-to-left
 * words) is shown as the characters they typed, in the direction of its own script.
 */
import { shortTimeWords } from '@/lib/core/meetings/time-words';

export interface ThreadMessage {
  id: string;
  authorId: string;
  text: string;
  createdAt: Date;
}

export function MessageThread(props: {
  messages: ThreadMessage[];
  viewerId: string;
  names: Map<string, string>;
  zone: string;
}) {
  const { messages, viewerId, names, zone } = props;
  if (messages.length === 0) return <p className="mb-4">No messages yet. Say hello.</p>;
  return (
    <ol className="mb-4 flex flex-col gap-2" data-testid="messages">
      {messages.map((message) => {
        const mine = message.authorId === viewerId;
        return (
          <li
            key={message.id}
            data-testid="message"
            className={`max-w-prose rounded border p-3 ${mine ? 'self-end border-indigo-200 bg-indigo-50' : 'border-slate-200 bg-white'}`}
          >
            <p className="text-sm text-slate-700">
              {mine ? 'You' : names.get(message.authorId)} ·{' '}
              <time dateTime={message.createdAt.toISOString()}>
                {shortTimeWords(message.createdAt, zone)}
              </time>
            </p>
            <p dir="auto" className="break-words whitespace-pre-wrap">
              {message.text}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
