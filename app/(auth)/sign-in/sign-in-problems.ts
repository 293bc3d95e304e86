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
  // Company sign-in: the codes are sso-provider.ts's, the rest Auth.js's.
  CompanyEmailUnverified:
    'Your company has not confirmed the e-mail address of that account, so it cannot sign you in here. Ask your IT team to verify it, or sign in another way below.',
  CompanyDomainNotServed:
    'Company sign-in here is only for your company’s own e-mail addresses, and that account’s address is not one of them. Sign in another way below.',
  OAuthCallbackError:
    'Signing in with your company did not finish, perhaps because it was cancelled. Try again, or sign in another way below.',
};

export function signInProblem(code: unknown): string | null {
  return typeof code === 'string' ? (PROBLEMS[code] ?? null) : null;
}
