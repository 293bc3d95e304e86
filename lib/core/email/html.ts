/**
 * HTML for e-mails, built as strings: every piece of text that came from a person goes
 * through `escapeHtml`, and is marked dir="auto" so a name or message in Arabic or Hebrew reads
 * the right way inside an English e-mail.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** A message's text as paragraphs (blank lines) and line breaks (single newlines). */
export function textParagraphs(text: string, style: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map(
      (paragraph) =>
        `<p dir="auto" style="${style}">${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`,
    )
    .join('\n');
}

/** Only the product's own http(s) links go into an href; anything else becomes "#". */
export function safeHref(url: string): string {
  return /^https?:\/\//i.test(url) ? escapeHtml(url) : '#';
}
