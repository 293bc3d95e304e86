/**
 * Whether a PostgreSQL URL points at this machine. Making and dropping test databases
 * (test-databases.ts) and emptying tables for a demo reset (prisma/demo/seed-database.ts) are
 * only ever done on a local server: a typo in DATABASE_URL must not empty a shared or
 * production one.
 */

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function isLocalDatabaseUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // A `host=/path` parameter means a Unix socket, which is local by definition.
  const socket = parsed.searchParams.get('host');
  if (socket !== null) return socket.startsWith('/');
  const host = parsed.hostname.toLowerCase();
  return host === '' || LOCAL_HOSTS.has(host) || host.endsWith('.localhost');
}
