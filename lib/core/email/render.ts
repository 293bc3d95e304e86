/**
 * What the worker sends for a stored message: its template's HTML and text, rendered at send
 * time from the fields kept with it (so a change of layout reaches mail already queued).
 * Messages from before templates have none: their stored text is sent alone, as it was.
 */
import { z } from 'zod';
import { renderDigest } from './digest';
import { renderNotice } from './notice';

const noticeFields = z.object({
  message: z.string(),
  url: z.string(),
  button: z.string().optional(),
});
const digestFields = z.object({
  items: z.array(z.object({ subject: z.string(), message: z.string(), url: z.string() })),
});

export interface StoredEmail {
  subject: string;
  text: string;
  template: string | null;
  fields: unknown;
}

export function renderEmail(
  message: StoredEmail,
  settingsUrl: string,
): { subject: string; text: string; html?: string } {
  switch (message.template) {
    case 'notice':
      return {
        subject: message.subject,
        ...renderNotice(message.subject, noticeFields.parse(message.fields), settingsUrl),
      };
    case 'digest':
      return renderDigest(digestFields.parse(message.fields).items, settingsUrl);
    default:
      return { subject: message.subject, text: message.text };
  }
}
