/**
 * Next's hooks: `register` once when a server process starts, `onRequestError` for a server
 * error in a page, route, action or the proxy.
 */
import type { Instrumentation } from 'next';

/**
 * Warms the supporter pool in the background (lib/server/suggestions/warm-pool.ts); not
 * awaited, so the server opens its port as before, and it never throws.
 */
export function register(): void {
  // The pool needs Node and the database; nothing of ours runs on the edge runtime, and a
  // build has no server to warm.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  import('@/lib/server/suggestions/warm-pool')
    .then(({ warmSupporterPool }) => warmSupporterPool())
    .catch((error: unknown) => console.error('supporter pool warm-up could not load', error));
}

/**
 * One log line with the error's digest (the code the error page shows the person), the route,
 * the method and the request id. Never the body, the cookies or the query string, which can
 * carry personal data.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // The logger needs Node; nothing of ours runs on the edge runtime.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestError } = await import('@/lib/server/log/request-error');
  logRequestError(error, request, context);
};
