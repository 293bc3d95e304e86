import 'server-only';
/** What instrumentation.ts's onRequestError writes about a server error, and only that. */
import type { Instrumentation } from 'next';
import { REQUEST_ID_HEADER } from '@/lib/security/request-id';
import { log } from './logger';

type Hook = Parameters<Instrumentation.onRequestError>;

export function requestErrorFields(error: Hook[0], request: Hook[1], context: Hook[2]) {
  const digest =
    typeof error === 'object' && error !== null && 'digest' in error
      ? String(error.digest)
      : undefined;
  const requestId = request.headers[REQUEST_ID_HEADER];
  return {
    digest,
    method: request.method,
    path: request.path.split('?')[0],
    requestId: typeof requestId === 'string' ? requestId : undefined,
    route: context.routePath,
    routeType: context.routeType,
    renderSource: context.renderSource,
  };
}

export function logRequestError(error: Hook[0], request: Hook[1], context: Hook[2]): void {
  log.error({ ...requestErrorFields(error, request, context), err: error }, 'Request failed');
}
