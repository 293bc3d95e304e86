/**
 * The company that browser tests sign in with: its settings, as the test server passes them to
 * the app, and the people its identity provider (scripts/app/test-oidc-provider.ts) knows.
 * Each person is one case of company sign-in; the tests sign in as them by e-mail and password.
 */
export const COMPANY = {
  name: 'Fabrikam',
  organisation: 'Fabrikam Group',
  domain: 'fabrikam.test',
  clientId: 'pathfinder-e2e',
  clientSecret: 'e2e-only-client-secret-not-used-anywhere-else',
};

export interface CompanyPerson {
  sub: string;
  name: string;
  email: string;
  emailVerified: boolean;
  password: string;
}

const person = (sub: string, name: string, email: string, emailVerified = true) => ({
  sub,
  name,
  email,
  emailVerified,
  password: `${sub}-password`,
});

export const COMPANY_PEOPLE = {
  /** Has an account already (the test makes it first): company sign-in links to it. */
  existing: person('existing-1', 'Ada Existing', 'ada.existing@fabrikam.test'),
  /** Nobody here knows them yet: company sign-in makes their account. */
  newcomer: person('newcomer-1', 'Grace Newcomer', 'grace.newcomer@fabrikam.test'),
  /** The company has not checked this address, so it may not speak for it. */
  unverified: person('unverified-1', 'Una Unverified', 'una.unverified@fabrikam.test', false),
  /** Verified, but in a domain the settings do not give the company. */
  outsider: person('outsider-1', 'Otto Outsider', 'otto.outsider@contoso.test'),
} satisfies Record<string, CompanyPerson>;

/** The identity provider listens next to the app, on the app's port plus one. */
export function companyIssuer(appPort: number): string {
  return `http://localhost:${appPort + 1}`;
}

/** The SSO_* settings of the test server. */
export function companySettings(appPort: number): Record<string, string> {
  return {
    SSO_ISSUER: companyIssuer(appPort),
    SSO_CLIENT_ID: COMPANY.clientId,
    SSO_CLIENT_SECRET: COMPANY.clientSecret,
    SSO_EMAIL_DOMAINS: COMPANY.domain,
    SSO_ORGANISATION: COMPANY.organisation,
    SSO_NAME: COMPANY.name,
  };
}
