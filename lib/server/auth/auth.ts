import 'server-only';
/**
 * Auth.js: sign-in by e-mail and password, by an e-mailed link or, when the SSO_* settings are
 * given, with the company's OpenID provider (sso-provider.ts), with JWT sessions. The
 * session holds only the user id; who the user is and what they may do is read from the
 * database on each request (see session.ts), so a deleted account or a revoked admin loses
 * access at once. The adapter keeps the links' one-time tokens in PostgreSQL.
 */
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { localPath } from '@/lib/core/auth/return-path';
import { signInSchema } from '@/lib/validation/accounts';
import { env } from '../env';
import { AppError } from '../errors';
import { pathfinderAdapter } from './adapter';
import { authenticate } from './authenticate';
import { clientAddress } from './client-address';
import { emailLinkProvider } from './email-provider';
import { COMPANY_PROVIDER_ID, companySignInProvider, companySignInVerdict } from './sso-provider';

const company = env().companySignIn;

class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  adapter: pathfinderAdapter(),
  // The secret the env schema checked, not one Auth.js finds for itself. AUTH_URL, which
  // Auth.js also reads from the environment, is checked there too.
  secret: env().AUTH_SECRET,
  trustHost: true,
  logger: {
    // A refused sign-in is an expected outcome, not an error worth a stack trace in the logs.
    error: (error) => {
      if (!(error instanceof CredentialsSignin)) console.error(error);
    },
  },
  providers: [
    emailLinkProvider(),
    ...(company ? [companySignInProvider(company)] : []),
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        try {
          const user = await authenticate({
            ...parsed.data,
            address: clientAddress(request.headers),
          });
          return user ? { id: user.id, name: user.name, email: user.email } : null;
        } catch (error) {
          // The code travels to the sign-in form, which turns it into "try again in ...".
          if (error instanceof AppError && error.code === 'RATE_LIMITED')
            throw new SignInRefused(error.message);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    signIn({ account, profile, email }) {
      // DISABLED ACCOUNTS: refuse here a user whose account an admin disabled (User.disabledAt,
      // coming on another branch). For company sign-in the user is `user` when the company
      // account is linked already, else the one with `profile.email`, which Auth.js links next.
      if (account?.provider === COMPANY_PROVIDER_ID)
        return company ? companySignInVerdict(profile, company) : false;
      // Links are made by sign-in-links.ts; Auth.js's own sending is never a way in.
      return email?.verificationRequest !== true;
    },
    redirect({ url, baseUrl }) {
      // Only a path on this site: a link must never send someone elsewhere after sign-in.
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '/' : url;
      return `${baseUrl}${localPath(path) ?? '/'}`;
    },
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
