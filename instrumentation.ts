/**
 * Next's hook for a server error in a page, route, action or the proxy: one log line with the
 * error's digest (the code the error page shows the person), the route, the method and the
 * request id. Never the body, the cookies or the query string, which can carry personal data.
 */
import type { Instrumentation } from 'next';

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // The logger needs Node; nothing of ours runs on the edge runtime.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestError } = await import('@/lib/server/log/request-error');
  logRequestError(error, request, context);
};
