/**
 * What went wrong, from Auth.js's `error` code on its way back to this page, in words for the
 * person. An unknown code says nothing rather than something wrong.
 */
const PROBLEMS: Record<string, string> = {
  Verification:
    'That sign-in link has been used already or has expired. Ask for a new one below: it comes within a minute.',
  AccessDenied: 'That way of signing in is not open to this account. Try another way below.',
  OAuthAccountNotLinked:
    'This address already has an account. Sign in with a link by e-mail first; your company sign-in then works too.',
  Configuration: 'Signing in is not working on our side just now. Please try again in a moment.',
};

export function signInProblem(code: unknown): string | null {
  return typeof code === 'string' ? (PROBLEMS[code] ?? null) : null;
}
