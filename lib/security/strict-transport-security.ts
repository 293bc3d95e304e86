/**
 * The Strict-Transport-Security header, when the app's public address (AUTH_URL) is https:
 * browsers that saw it once never again ask for the app over plain http, so nobody on the
 * network can strip TLS from a later visit or read a session cookie sent by mistake. Two years,
 * the app's own host and below, and no preload: the preload list is a choice for the domain's
 * owner, not for one app on it. Over http (development, the browser tests) there is nothing to
 * pin, and browsers ignore the header there anyway.
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

export function strictTransportSecurity(appUrl: string | undefined): string | null {
  if (!appUrl) return null;
  try {
    return new URL(appUrl).protocol === 'https:' ? STRICT_TRANSPORT_SECURITY : null;
  } catch {
    return null;
  }
}
