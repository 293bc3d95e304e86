/**
 * The daily digest: the e-mails a person chose to get once a day, listed in one, each with
 * its subject, its text and its link.
 */
import { escapeHtml, safeHref, textParagraphs } from './html';
import { STYLES, htmlLayout, textFooter } from './layout';

export interface DigestItem {
  subject: string;
  message: string;
  url: string;
}

export function digestSubject(count: number): string {
  return count === 1
    ? 'Your Pathfinder digest: 1 update'
    : `Your Pathfinder digest: ${count} updates`;
}

export function renderDigest(
  items: DigestItem[],
  settingsUrl: string,
): { subject: string; html: string; text: string } {
  const subject = digestSubject(items.length);
  const list = items
    .map(
      (item) =>
        `<tr><td style="padding:16px 0;border-top:1px solid #e2e8f0;">` +
        `<h2 dir="auto" style="margin:0 0 8px;font-size:17px;color:#0f172a;">${escapeHtml(item.subject)}</h2>` +
        textParagraphs(item.message, STYLES.paragraph) +
        `<a href="${safeHref(item.url)}" style="${STYLES.link}">Open it in Pathfinder</a>` +
        `</td></tr>`,
    )
    .join('\n');
  const body =
    `<h1 style="${STYLES.heading}">What happened since yesterday</h1>\n` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n${list}\n</table>`;
  const text =
    'What happened since yesterday:\n\n' +
    items
      .map((item) => `* ${item.subject}\n${item.message.trim()}\nOpen it: ${item.url}`)
      .join('\n\n') +
    `\n${textFooter(settingsUrl)}`;
  return { subject, html: htmlLayout({ title: subject, body, settingsUrl }), text };
}
