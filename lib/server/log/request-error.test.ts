import { describe, expect, it } from 'vitest';
import { requestErrorFields } from './request-error';

describe('the line a server error leaves', () => {
  it('has the digest, route, method and request id, and no query, cookie or body', () => {
    const error = Object.assign(new Error('boom'), { digest: '2817442915' });
    const fields = requestErrorFields(
      error,
      {
        path: '/goals/g1?email=ada@example.com',
        method: 'POST',
        headers: { 'x-request-id': 'req-12345678', cookie: 'session=secret' },
      },
      {
        routerKind: 'App Router',
        routePath: '/goals/[goalId]',
        routeType: 'render',
        renderSource: 'react-server-components',
        revalidateReason: undefined,
      },
    );
    expect(fields).toEqual({
      digest: '2817442915',
      method: 'POST',
      path: '/goals/g1',
      requestId: 'req-12345678',
      route: '/goals/[goalId]',
      routeType: 'render',
      renderSource: 'react-server-components',
    });
    expect(JSON.stringify(fields)).not.toMatch(/secret|ada@/);
  });
});
