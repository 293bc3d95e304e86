import 'server-only';
/**
 * "Sign in with <company>": Auth.js's generic OpenID Connect provider, pointed at the company's
 * identity provider by the SSO_* settings. Auth.js discovers the provider's endpoints from the
 * issuer and checks state, PKCE and the ID token's nonce; the checks here are ours: which
 * addresses the company may vouch for, and what a refusal tells the person.
 */
import { toOneLine } from '@/lib/core/accounts/one-line';
import type { Profile } from 'next-auth';
import type { OIDCConfig } from 'next-auth/providers';
import { judgeCompanyEmail } from '@/lib/core/auth/company-email';
import { env, type CompanySignInSettings } from '../env';

/** Also the last part of the callback address the company registers: /api/auth/callback/company. */
export const COMPANY_PROVIDER_ID = 'company';

/** The error codes a refusal sends to the sign-in page (sign-in-problems.ts words them). */
export const COMPANY_REFUSALS = {
  unverified: 'CompanyEmailUnverified',
  'other-domain': 'CompanyDomainNotServed',
} as const;

const NAME_LENGTH = 100;

/** The company's name for the sign-in button, or null when company sign-in is not set up. */
export function companySignInName(): string | null {
  return env().companySignIn?.name ?? null;
}

export function companySignInProvider(settings: CompanySignInSettings): OIDCConfig<Profile> {
  return {
    id: COMPANY_PROVIDER_ID,
    name: settings.name,
    type: 'oidc',
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    // All three, whatever the provider advertises: state ties the answer to this browser's
    // request, PKCE the code to it, and the nonce the ID token.
    checks: ['pkce', 'state', 'nonce'],
    authorization: { params: { scope: 'openid email profile' } },
    // Auth.js would otherwise refuse someone whose address already has an account (made by a
    // sign-up or a program's import) and ask them to sign in another way first. Linking by
    // address is safe here only because the signIn callback (companySignInVerdict) lets through
    // nothing but an address the company has verified and that lies in a domain the settings
    // say the company owns; so the company can speak only for its own people's accounts.
    allowDangerousEmailAccountLinking: true,
    profile(claims) {
      return {
        id: String(claims.sub),
        name: displayName(claims),
        email: typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null,
      };
    },
  };
}

/**
 * Whether the ID token's claims may start a session: true, or the sign-in page with the reason
 * why not (Auth.js follows a string returned from the signIn callback).
 */
export function companySignInVerdict(
  claims: Profile | undefined,
  settings: CompanySignInSettings,
): true | string {
  const verdict = judgeCompanyEmail(claims ?? {}, settings.emailDomains);
  if (verdict.accepted) return true;
  return `/sign-in?${new URLSearchParams({ error: COMPANY_REFUSALS[verdict.reason] })}`;
}

/** A new account needs a name; providers put it in different claims, or leave it out. */
function displayName(claims: Profile): string {
  const given = [claims.given_name, claims.family_name].filter(Boolean).join(' ');
  // The provider's words reach other people's pages and e-mails: one line of text only.
  const name =
    toOneLine(claims.name ?? '') ||
    toOneLine(given) ||
    toOneLine(claims.preferred_username ?? '') ||
    String(claims.email ?? '').split('@')[0] ||
    'New member';
  return name.slice(0, NAME_LENGTH);
}
