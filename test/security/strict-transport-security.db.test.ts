/**
 * Attack: served over https, the app sent no Strict-Transport-Security header, so a network
 * attacker could answer a later plain-http visit and strip TLS. The proxy every page passes
 * through now sends it whenever the app's address (AUTH_URL) is https.
 */
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

const before = process.env.AUTH_URL;
afterEach(() => {
  if (before === undefined) delete process.env.AUTH_URL;
  else process.env.AUTH_URL = before;
});

const headersOf = (url: string) => proxy(new NextRequest(url)).headers;

describe('Strict-Transport-Security', () => {
  it('is on every page when the app’s address is https', () => {
    process.env.AUTH_URL = 'https://mentoring.example.com';
    for (const path of ['/', '/goals', '/sign-in', '/api/auth/session'])
      expect(
        headersOf(`https://mentoring.example.com${path}`).get('strict-transport-security'),
      ).toBe('max-age=63072000; includeSubDomains');
  });

  it('is not sent when the app is served over plain http', () => {
    process.env.AUTH_URL = 'http://localhost:3000';
    expect(headersOf('http://localhost:3000/goals').get('strict-transport-security')).toBeNull();
  });
});
