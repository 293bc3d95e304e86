import 'server-only';
/**
 * The organisation a first profile starts with. A profile needs a function, a job title and a
 * level that no identity provider gives, so company sign-in cannot write one; instead the
 * profile form comes preselected with the company's organisation (SSO_ORGANISATION) for anyone
 * the company has vouched for, and saving the profile joins that organisation by name.
 */
import type { Actor } from '../auth/session';
import { COMPANY_PROVIDER_ID } from '../auth/sso-provider';
import { db } from '../db';
import { env } from '../env';

/** The company's organisation when the caller has signed in with the company, else null. */
export async function getCompanyOrganisation({ actor }: { actor: Actor }): Promise<string | null> {
  const company = env().companySignIn;
  if (!company) return null;
  const linked = await db.account.count({
    where: { userId: actor.id, provider: COMPANY_PROVIDER_ID },
  });
  return linked > 0 ? company.organisation : null;
}
