import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

const directive = (policy: string, name: string) =>
  policy.split('; ').find((part) => part.startsWith(`${name} `));

describe('the content security policy', () => {
  it('allows scripts by nonce only, never eval in production, and no framing', () => {
    const policy = contentSecurityPolicy('abc123', false);
    expect(directive(policy, 'script-src')).toBe(
      `script-src 'self' 'nonce-abc123' 'strict-dynamic'`,
    );
    expect(policy).not.toContain('unsafe-eval');
    expect(directive(policy, 'frame-ancestors')).toBe(`frame-ancestors 'none'`);
    expect(directive(policy, 'object-src')).toBe(`object-src 'none'`);
  });

  it('lets React’s development tooling evaluate code in development only', () => {
    expect(directive(contentSecurityPolicy('n', true), 'script-src')).toContain(`'unsafe-eval'`);
  });

  it('lets forms go on to the company’s identity provider, and nowhere else', () => {
    expect(directive(contentSecurityPolicy('n', false), 'form-action')).toBe(`form-action 'self'`);
    expect(
      directive(
        contentSecurityPolicy('n', false, 'https://login.fabrikam.com/oidc'),
        'form-action',
      ),
    ).toBe(`form-action 'self' https://login.fabrikam.com`);
    expect(directive(contentSecurityPolicy('n', false, 'not a url'), 'form-action')).toBe(
      `form-action 'self'`,
    );
  });
});
