/**
 * How the web server tells the app which address a request came from. Next.js gives server
 * actions and route handlers the request's headers, never its socket, and `next start` keeps
 * a client's own X-Forwarded-For as it is, so nothing the app sees by itself tells a client's
 * real address from one the client made up. scripts/app/web-server.ts runs Next in-process,
 * overwrites this header on every request with the socket's address, and marks the process,
 * so the app trusts the header only where that server put it.
 */
export const SOCKET_ADDRESS_HEADER = 'x-pathfinder-socket-address';

const MARK = Symbol.for('pathfinder.socket-address-header');

/** Called by the web server before it serves anything. */
export function markSocketAddressHeaderSet(): void {
  (globalThis as Record<symbol, unknown>)[MARK] = true;
}

/** True only in a process whose web server overwrites the header on every request. */
export function socketAddressHeaderIsSet(): boolean {
  return (globalThis as Record<symbol, unknown>)[MARK] === true;
}
