import { describe, expect, it } from 'vitest';
import { pickClientAddress } from './client-address';

const from = (socketAddress: string, forwardedFor: string | null, trustedProxies: number) =>
  pickClientAddress({ socketAddress, forwardedFor, trustedProxies });

describe('the client address', () => {
  it('is the socket when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(from('203.0.113.7', null, 0)).toBe('203.0.113.7');
    expect(from('203.0.113.7', '198.51.100.1', 0)).toBe('203.0.113.7');
    expect(from('203.0.113.7', '198.51.100.1, 198.51.100.2', 0)).toBe('203.0.113.7');
  });

  it('is the entry our proxies wrote, never one the client put before it', () => {
    // The client sent "1.1.1.1"; our one proxy appended the address it saw.
    expect(from('10.0.0.2', '1.1.1.1, 203.0.113.7', 1)).toBe('203.0.113.7');
    // Two proxies: the outer one wrote the client, the inner one wrote the outer.
    expect(from('10.0.0.3', '1.1.1.1, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
  });

  it('falls back to the furthest hop it has when the request came round the proxy', () => {
    expect(from('203.0.113.7', null, 1)).toBe('203.0.113.7');
    expect(from('10.0.0.3', '203.0.113.7', 2)).toBe('203.0.113.7');
  });

  it('reads an IPv4 address carried in IPv6 as the IPv4 address', () => {
    expect(from('::ffff:203.0.113.7', null, 0)).toBe('203.0.113.7');
  });

  it('gives one IPv6 /64 one budget, however the address is written', () => {
    expect(from('2001:db8:0:1:aaaa::1', null, 0)).toBe('2001:db8:0:1::/64');
    expect(from('2001:0db8:0000:0001:bbbb:cccc:dddd:eeee', null, 0)).toBe('2001:db8:0:1::/64');
    expect(from('2001:db8::1', null, 0)).toBe('2001:db8:0:0::/64');
    expect(from('::1', null, 0)).toBe('0:0:0:0::/64');
  });

  it('is "unknown" rather than empty when nothing was recorded', () => {
    expect(from('', null, 0)).toBe('unknown');
  });
});
