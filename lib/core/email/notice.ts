/**
 * The e-mail of one event (a request, a message, a meeting, a sign-in link): its text, a button
 * to the page it is about, in the shared frame; and the same as plain text.
 */
import { escapeHtml, safeHref, textParagraphs } from './html';
import { STYLES, htmlLayout, textFooter } from './layout';

export interface NoticeFields {
  /** What happened, in the product's words with people's own text inside. */
  message: string;
  /** The page it is about, absolute. */
  url: string;
  /** The button's words; "Open in Pathfinder" unless the link does something else. */
  button?: string;
}

export const DEFAULT_BUTTON = 'Open in Pathfinder';

export function renderNotice(
  subject: string,
  fields: NoticeFields,
  settingsUrl: string,
): { html: string; text: string } {
  const button = fields.button ?? DEFAULT_BUTTON;
  const body = [
    `<h1 dir="auto" style="${STYLES.heading}">${escapeHtml(subject)}</h1>`,
    textParagraphs(fields.message, STYLES.paragraph),
    `<p style="margin:24px 0 16px;"><a href="${safeHref(fields.url)}" style="${STYLES.button}">${escapeHtml(button)}</a></p>`,
    `<p style="margin:0;font-size:13px;color:#475569;">Or copy this link: <span style="word-break:break-all;">${escapeHtml(fields.url)}</span></p>`,
  ].join('\n');
  return {
    html: htmlLayout({ title: subject, body, settingsUrl }),
    text: `${fields.message.trim()}\n\nOpen it: ${fields.url}\n${textFooter(settingsUrl)}`,
  };
}
