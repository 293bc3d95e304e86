import { describe, expect, it } from 'vitest';
import { judgeCompanyEmail, parseEmailDomains } from './company-email';

const DOMAINS = ['fabrikam.com', 'fabrikam.co.uk'];

describe('parseEmailDomains', () => {
  it('reads a comma-separated list in lower case, without spaces, @ or repeats', () => {
    expect(parseEmailDomains(' Fabrikam.com, @fabrikam.co.uk ,fabrikam.com,')).toEqual([
      'fabrikam.com',
      'fabrikam.co.uk',
    ]);
  });

  it.each([
    ['nothing', ''],
    ['only commas', ' , ,'],
    ['an address instead of a domain', 'ops@fabrikam.com'],
    ['a bare name', 'fabrikam'],
    ['a URL', 'https://fabrikam.com'],
    ['one good and one bad', 'fabrikam.com, not a domain'],
  ])('refuses %s', (_case, value) => {
    expect(parseEmailDomains(value)).toBeNull();
  });
});

describe('judgeCompanyEmail', () => {
  it('accepts a verified address of a listed domain, in lower case', () => {
    expect(
      judgeCompanyEmail({ email: 'Nadia.Ali@Fabrikam.co.uk', email_verified: true }, DOMAINS),
    ).toEqual({ accepted: true, email: 'nadia.ali@fabrikam.co.uk' });
  });

  it('takes the string "true" that some providers send as verified', () => {
    expect(judgeCompanyEmail({ email: 'a@fabrikam.com', email_verified: 'true' }, DOMAINS)).toEqual(
      { accepted: true, email: 'a@fabrikam.com' },
    );
  });

  it.each([
    ['marked unverified', { email: 'a@fabrikam.com', email_verified: false }],
    ['with no verification claim', { email: 'a@fabrikam.com' }],
    ['with a verification claim that is not yes', { email: 'a@fabrikam.com', email_verified: 1 }],
  ])('refuses an address %s', (_case, claims) => {
    expect(judgeCompanyEmail(claims, DOMAINS)).toEqual({ accepted: false, reason: 'unverified' });
  });

  it.each([
    ['another domain', 'a@contoso.com'],
    ['a subdomain that is not listed', 'a@eu.fabrikam.com'],
    ['a domain that only ends like a listed one', 'a@notfabrikam.com'],
    ['a listed domain before another @', 'a@fabrikam.com@contoso.com'],
    ['no address at all', undefined],
    ['no name before the @', '@fabrikam.com'],
  ])('refuses a verified address of %s', (_case, email) => {
    expect(judgeCompanyEmail({ email, email_verified: true }, DOMAINS)).toEqual({
      accepted: false,
      reason: 'other-domain',
    });
  });
});
