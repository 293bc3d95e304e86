/**
 * The Content-Security-Policy of every page. Scripts run only from this origin and with the
 * request's nonce (Next.js puts it on its own inline scripts), and whatever they load in turn
 * ('strict-dynamic'); never `eval`, except in development, where React's tooling needs it.
 * Styles may be inline because charts set style attributes, which nonces cannot cover; a style
 * cannot run code. No page may be framed (clickjacking), and forms post only here, except that
 * the company sign-in button's answer sends the browser on to the company's identity provider
 * (browsers hold a form's redirects to form-action too).
 */
export function contentSecurityPolicy(
  nonce: string,
  development: boolean,
  identityProvider?: string,
): string {
  const provider = originOf(identityProvider);
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'${development ? ' ws:' : ''}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'${provider ? ` ${provider}` : ''}`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/** The scheme, host and port of a URL, or null for anything that is not one. */
function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
