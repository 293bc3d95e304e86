import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Notice } from '@/components/layout/notice';
import { PageHeading } from '@/components/layout/page-heading';
import { returnPath } from '@/lib/core/auth/return-path';
import { getActor } from '@/lib/server/auth/session';
import { companySignInName } from '@/lib/server/auth/sso-provider';
import { CompanySignInButton } from './company-sign-in-button';
import { SignInForm } from './sign-in-form';
import { SignInLinkForm } from './sign-in-link-form';
import { signInProblem } from './sign-in-problems';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  // `next` is ours; `callbackUrl` is where Auth.js sends people back after a refused link.
  const next = returnPath(query.next) ?? returnPath(localPart(query.callbackUrl));
  if (await getActor()) redirect(next ?? '/');
  const problem = signInProblem(query.error);
  const everywhere = query['signed-out'] === 'everywhere';
  const company = companySignInName();
  return (
    <>
      <PageHeading title="Sign in">
        {next && <p>Sign in to carry on where you were going.</p>}
      </PageHeading>
      {everywhere && (
        <Notice>You are signed out everywhere, this browser included. Sign in to carry on.</Notice>
      )}
      {problem && (
        <p role="alert" className="mb-6 rounded border border-amber-300 bg-amber-50 p-3">
          {problem}
        </p>
      )}
      {company && (
        <section aria-labelledby="with-company" className="mb-10">
          <h2 id="with-company" className="mb-3 text-lg font-semibold">
            With your company account
          </h2>
          <CompanySignInButton company={company} next={next} />
        </section>
      )}
      <div className="grid gap-10 md:grid-cols-2">
        {/* Not labelled regions: their names would also answer to the fields' labels. */}
        <section>
          <h2 className="mb-3 text-lg font-semibold">With your password</h2>
          <SignInForm next={next} />
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold">With a link by e-mail</h2>
          <SignInLinkForm next={next} />
        </section>
      </div>
    </>
  );
}

/** Auth.js gives back a whole address; only its path on this site is of use. */
function localPart(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value, 'http://local.invalid');
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return undefined;
  }
}
