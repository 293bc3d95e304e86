import 'server-only';
/**
 * The logger for the request being served: each line carries the request id the proxy gave
 * the request (proxy.ts), so one request's lines can be found together. Outside a request
 * (the worker, a test) it is the plain logger.
 */
import { headers } from 'next/headers';
// The module next/navigation re-exports on the server. next/navigation itself also loads the
// client router, which needs React's client build: scripts run outside Next (the program
// benchmark, through an import's invitation e-mails) could not load this file.
import { unstable_rethrow } from 'next/dist/client/components/unstable-rethrow';
import type { Logger } from 'pino';
import { REQUEST_ID_HEADER } from '@/lib/security/request-id';
import { log } from './logger';

export async function requestLog(): Promise<Logger> {
  try {
    const requestId = (await headers()).get(REQUEST_ID_HEADER);
    return requestId ? log.child({ requestId }) : log;
  } catch (error) {
    unstable_rethrow(error);
    return log;
  }
}
