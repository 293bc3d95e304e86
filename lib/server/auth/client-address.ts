import 'server-only';
/**
 * The caller's network address, for rate limits. It is the socket's address (recorded by
 * scripts/app/web-server.ts, lib/node/socket-address.ts), unless TRUST_PROXY says how many
 * proxies stand in front: then it is the X-Forwarded-For entry written by the outermost of
 * them. A client can put anything in that header, but only to the left of what our proxies
 * append, so counting hops from the right never reaches what it wrote.
 */
import { log } from '@/lib/server/log/logger';
import { isIPv6 } from 'node:net';
import { SOCKET_ADDRESS_HEADER, socketAddressHeaderIsSet } from '@/lib/node/socket-address';
import { env } from '../env';

let warned = false;

export function clientAddress(headers: Headers): string {
  if (!socketAddressHeaderIsSet()) {
    if (!warned) {
      warned = true;
      log.warn(
        'Serving without scripts/app/web-server.ts: client addresses are unknown, so every client shares one rate-limit budget.',
      );
    }
    return 'unknown';
  }
  return pickClientAddress({
    socketAddress: headers.get(SOCKET_ADDRESS_HEADER) ?? '',
    forwardedFor: headers.get('x-forwarded-for'),
    trustedProxies: env().TRUST_PROXY,
  });
}

/**
 * The hop `trustedProxies` steps back from the socket: 0 is the socket itself, 1 the last
 * X-Forwarded-For entry (written by the one proxy we trust), and so on. A request with fewer
 * entries than that (one that went round a proxy) gets the furthest address it has.
 */
export function pickClientAddress(request: {
  socketAddress: string;
  forwardedFor: string | null;
  trustedProxies: number;
}): string {
  const forwarded = (request.forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const hops = [...forwarded, request.socketAddress];
  const chosen = hops[Math.max(0, hops.length - 1 - request.trustedProxies)]!;
  return bucketOf(chosen) || 'unknown';
}

/**
 * One budget per IPv4 address and per IPv6 /64: one household or office gets a /64, so a
 * client could otherwise take a fresh address for every try.
 */
function bucketOf(address: string): string {
  const unmapped = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!isIPv6(unmapped)) return unmapped.slice(0, 64);
  const [head = '', tail = ''] = unmapped.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = unmapped.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
