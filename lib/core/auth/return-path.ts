/**
 * Where a person was going when sign-in interrupted them. Only a path on this site is kept:
 * an absolute or protocol-relative address ("//evil.example") would turn a sign-in link into
 * a way to send people elsewhere with this site's name on it.
 */
const ORIGIN = 'http://pathfinder.invalid';
const MAX_LENGTH = 2_000;

/** `value` as a path on this site, or null when it is anything else. */
export function localPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return null;
  // "/\evil.example" is read as "//evil.example" by browsers; control characters hide tricks.
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value))
    return null;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The local path to return to after signing in, or null when `value` is not one. */
export function returnPath(value: unknown): string | null {
  const path = localPath(value);
  // Sign-in pages themselves are not a destination: landing there after signing in loops.
  if (!path || /^\/sign-(in|up)(\/|\?|#|$)/.test(path)) return null;
  return path;
}

/** The sign-in page, remembering where to go afterwards. */
export function signInPath(next: string | null | undefined): string {
  const path = returnPath(next);
  return path && path !== '/' ? `/sign-in?${new URLSearchParams({ next: path })}` : '/sign-in';
}
