import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';
import { requestIdFor } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the request id', () => {
  it('is kept from a proxy in front when it is short and plain', () => {
    expect(requestIdFor('lb-7f3a9c21e0', () => 'fresh')).toBe('lb-7f3a9c21e0');
  });

  it('is made afresh when missing, too short, too long or carrying other characters', () => {
    for (const incoming of [null, '', 'short', 'x'.repeat(65), 'id with spaces', 'a\nforged line'])
      expect(requestIdFor(incoming, () => 'fresh')).toBe('fresh');
  });

  it('is set by the proxy on the request the app sees and on the response', () => {
    const response = proxy(new NextRequest('http://localhost:3000/goals'));
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(UUID);
    // NextResponse.next({ request: { headers } }) hands the app the headers this way.
    expect(response.headers.get('x-middleware-request-x-request-id')).toBe(id);
  });

  it('passes a sane incoming id through the proxy, and replaces a forged one', () => {
    const sane = new NextRequest('http://localhost:3000/', {
      headers: { 'x-request-id': 'lb-7f3a9c21e0' },
    });
    expect(proxy(sane).headers.get('x-request-id')).toBe('lb-7f3a9c21e0');
    const forged = new NextRequest('http://localhost:3000/', {
      headers: { 'x-request-id': 'id" injected=1' },
    });
    expect(proxy(forged).headers.get('x-request-id')).toMatch(UUID);
  });
});
