/**
 * Submitting a page's server-action form the way a browser without JavaScript does: the
 * form's hidden fields (the action's reference and key) plus the person's fields, posted as
 * multipart to the page. This is how the load test drives the real actions over HTTP.
 */
const FORM = /<form\b[^>]*>[\s\S]*?<\/form>/g;
const HIDDEN = /<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g;

const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The hidden fields of every form on the page whose markup contains all of `markers`. */
export function formsWith(html: string, ...markers: string[]): Record<string, string>[] {
  return [...html.matchAll(FORM)]
    .map((match) => match[0])
    .filter((form) => markers.every((marker) => form.includes(marker)))
    .map((form) =>
      Object.fromEntries(
        [...form.matchAll(HIDDEN)].map(([, name, value]) => [
          unescape(name!),
          unescape(value ?? ''),
        ]),
      ),
    );
}

export function multipart(fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return body;
}
