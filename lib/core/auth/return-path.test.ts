import { describe, expect, it } from 'vitest';
import { returnPath, signInPath } from './return-path';

describe('returnPath', () => {
  it('keeps a local path with its query and fragment', () => {
    expect(returnPath('/requests/abc')).toBe('/requests/abc');
    expect(returnPath('/join/XY12?from=mail#top')).toBe('/join/XY12?from=mail#top');
  });

  it.each([
    ['an absolute address', 'https://evil.example/login'],
    ['a protocol-relative address', '//evil.example/login'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a scheme', 'javascript:alert(1)'],
    ['a relative path', 'requests/abc'],
    ['a control character', '/requests/\nabc'],
    ['the sign-in page itself', '/sign-in?next=/x'],
    ['nothing', ''],
    ['something that is not text', 42],
  ])('refuses %s', (_case, value) => {
    expect(returnPath(value)).toBeNull();
  });
});

describe('signInPath', () => {
  it('carries the return path, and only a local one', () => {
    expect(signInPath('/requests/abc')).toBe('/sign-in?next=%2Frequests%2Fabc');
    expect(signInPath('https://evil.example')).toBe('/sign-in');
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath(undefined)).toBe('/sign-in');
  });
});
