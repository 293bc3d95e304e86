/**
 * Runs before every page: a fresh nonce per request for the Content-Security-Policy. Next.js
 * reads the policy from the request to put the nonce on its own scripts, and the browser reads
 * it from the response. Strict-Transport-Security is set here too, not in next.config.js,
 * because it depends on AUTH_URL as the server runs, and next.config.js's headers are fixed when
 * the app is built. The other security headers are fixed and set in next.config.js.
 * It also notes the requested path for pages that send signed-out people to sign in, and gives
 * the request its id (kept from a proxy in front when sane), which the server's log lines carry
 * and the response returns.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/security/content-security-policy';
import { REQUEST_ID_HEADER, requestIdFor } from '@/lib/security/request-id';
import { strictTransportSecurity } from '@/lib/security/strict-transport-security';

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  // SSO_ISSUER was checked at boot by lib/server/env.ts, which the proxy may not import.
  const policy = contentSecurityPolicy(
    nonce,
    process.env.NODE_ENV === 'development',
    process.env.SSO_ISSUER,
  );
  const headers = new Headers(request.headers);
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER), () => crypto.randomUUID());
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  // Where the request was going, so a sign-in it runs into can come back here.
  headers.set('x-pathname', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  // AUTH_URL was checked at boot too (lib/server/env.ts); https there means https for everyone.
  const hsts = strictTransportSecurity(process.env.AUTH_URL);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

export const config = {
  // Pages and actions; not the build's static files, which carry no inline script.
  matcher: [
    {
      source: '/((?!_next/static|_next/image|icon.svg).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
