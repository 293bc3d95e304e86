/**
 * The id that ties one request's log lines together (and a person's report to them: it is on
 * every response). A proxy in front may send its own; only a short plain one is kept, so a
 * client cannot write a line break or a novel into the logs.
 */
export const REQUEST_ID_HEADER = 'x-request-id';
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{7,63}$/;

export function requestIdFor(incoming: string | null, fresh: () => string): string {
  return incoming && SANE_REQUEST_ID.test(incoming) ? incoming : fresh();
}
