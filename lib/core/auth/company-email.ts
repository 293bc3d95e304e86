/**
 * Which addresses a company's identity provider may vouch for. Company sign-in links to an
 * existing account by e-mail, so the address it brings must be one the provider has checked
 * (`email_verified`) and one of the company's own domains: a provider that lets its users type
 * any address, or serves other domains too, must never reach the accounts of people elsewhere.
 */

/** A host name such as `example.com` or `mail.example.co.uk`, in lower case. */
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The domains of a comma-separated setting, in lower case; null when one is not a domain. */
export function parseEmailDomains(value: string): string[] | null {
  const domains = value
    .split(',')
    .map((part) => part.trim().toLowerCase().replace(/^@/, ''))
    .filter((part) => part.length > 0);
  if (domains.length === 0 || !domains.every((domain) => DOMAIN.test(domain))) return null;
  return [...new Set(domains)];
}

export type CompanyEmailVerdict =
  { accepted: true; email: string } | { accepted: false; reason: 'unverified' | 'other-domain' };

/** The claims of an ID token that this decision reads; anything else is ignored. */
export interface CompanyEmailClaims {
  email?: unknown;
  email_verified?: unknown;
}

export function judgeCompanyEmail(
  claims: CompanyEmailClaims,
  domains: readonly string[],
): CompanyEmailVerdict {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  // Some providers send the flag as the string "true"; anything else, missing included, is no.
  if (claims.email_verified !== true && claims.email_verified !== 'true')
    return { accepted: false, reason: 'unverified' };
  const at = email.lastIndexOf('@');
  // Exactly a listed domain: a subdomain may be run by someone else, so it must be listed too.
  if (at < 1 || !domains.includes(email.slice(at + 1)))
    return { accepted: false, reason: 'other-domain' };
  return { accepted: true, email };
}
