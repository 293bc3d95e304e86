/**
 * Company sign-in's own steps on a real database: the just-in-time account, what becomes of a
 * sign-up still waiting for its link, the refusals, and the organisation a first profile starts
 * with. The OpenID exchange itself is Auth.js's, tested end to end in e2e/sso.spec.ts.
 */
import { describe, expect, it, vi } from 'vitest';

// Before env() first reads process.env (it keeps what it read).
vi.hoisted(() => {
  Object.assign(process.env, {
    SSO_ISSUER: 'https://login.fabrikam.com',
    SSO_CLIENT_ID: 'pathfinder',
    SSO_CLIENT_SECRET: 'a client secret',
    SSO_EMAIL_DOMAINS: 'fabrikam.com',
    SSO_ORGANISATION: 'Fabrikam Group',
    SSO_NAME: 'Fabrikam',
  });
});

import { createActor } from '@/scripts/support/actors';
import { db } from '../db';
import { env } from '../env';
import { holdSignUp } from '../accounts/pending-sign-up';
import { getCompanyOrganisation } from '../profiles/company-organisation';
import { pathfinderAdapter } from './adapter';
import { COMPANY_PROVIDER_ID, companySignInVerdict } from './sso-provider';

const fresh = (what: string) => `${what}-${Math.random().toString(36).slice(2)}@fabrikam.com`;
const company = () => env().companySignIn!;

describe('a just-in-time account', () => {
  it('is made from the name and address the company vouched for', async () => {
    const email = fresh('Grace');
    const user = await pathfinderAdapter().createUser!({
      id: 'ignored',
      email,
      name: 'Grace Newcomer',
      emailVerified: null,
    });
    const stored = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      omit: { passwordHash: false },
    });
    expect(stored).toMatchObject({ name: 'Grace Newcomer', email: email.toLowerCase() });
    expect(stored.emailVerified).toBeInstanceOf(Date);
    expect(stored.passwordHash).toBeNull();
  });

  it('never takes the password of a sign-up still waiting for its link', async () => {
    const email = fresh('taken');
    await db.$transaction((tx) =>
      holdSignUp(tx, { email, name: 'Someone Else', passwordHash: 'typed-by-someone-else' }),
    );
    const user = await pathfinderAdapter().createUser!({
      id: 'ignored',
      email,
      name: 'The Real Owner',
      emailVerified: null,
    });
    const stored = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      omit: { passwordHash: false },
    });
    expect(stored).toMatchObject({ name: 'The Real Owner', passwordHash: null });
    expect(await db.pendingSignUp.count({ where: { email } })).toBe(0);
  });
});

describe('the verdict on a company sign-in', () => {
  it('lets in a verified address of the company’s domain', () => {
    const claims = { sub: '1', email: 'a@fabrikam.com', email_verified: true };
    expect(companySignInVerdict(claims, company())).toBe(true);
  });

  it('sends anyone else back to sign-in with the reason', () => {
    expect(
      companySignInVerdict({ email: 'a@fabrikam.com', email_verified: false }, company()),
    ).toBe('/sign-in?error=CompanyEmailUnverified');
    expect(companySignInVerdict({ email: 'a@contoso.com', email_verified: true }, company())).toBe(
      '/sign-in?error=CompanyDomainNotServed',
    );
    expect(companySignInVerdict(undefined, company())).toBe(
      '/sign-in?error=CompanyEmailUnverified',
    );
  });
});

describe('the organisation a first profile starts with', () => {
  it('is the company’s for someone who signed in with it, and nobody else', async () => {
    const member = await createActor();
    const other = await createActor();
    await pathfinderAdapter().linkAccount!({
      userId: member.id,
      type: 'oidc',
      provider: COMPANY_PROVIDER_ID,
      providerAccountId: `sub-${member.id}`,
    });
    expect(await getCompanyOrganisation({ actor: member })).toBe('Fabrikam Group');
    expect(await getCompanyOrganisation({ actor: other })).toBeNull();
  });
});
