import 'server-only';
/**
 * The caller's network address, for rate limits. Behind a proxy that sets X-Forwarded-For,
 * its first entry is the client; deploy behind one that overwrites the header.
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}
