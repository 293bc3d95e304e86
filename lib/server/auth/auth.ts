import 'server-only';
/**
 * Auth.js: sign-in by e-mail and password, by an e-mailed link or, when the SSO_* settings are
 * given, with the company's OpenID provider (sso-provider.ts), with JWT sessions. The JWT
 * holds the user id and the token of a server-side session record; who the user is, what they
 * may do and whether the session still stands are read from the database on each request
 * (session.ts, session-record.ts), so signing out, a password change, a disabled or deleted
 * account or a revoked admin take effect at once, even for a copied cookie. The adapter keeps
 * the links' one-time tokens in PostgreSQL.
 */
import { requestLog } from '@/lib/server/log/request-log';
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
import { SESSION_MAX_AGE_SECONDS } from '@/lib/core/accounts/session-lifetime';
import { endSession, mayStartSession, sessionToMoveTo, startSession } from './session-record';
import { COMPANY_PROVIDER_ID, companySignInProvider, companySignInVerdict } from './sso-provider';

const company = env().companySignIn;

class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth({
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  adapter: pathfinderAdapter(),
  // The secret the env schema checked, not one Auth.js finds for itself. AUTH_URL, which
  // Auth.js also reads from the environment, is checked there too.
  secret: env().AUTH_SECRET,
  trustHost: true,
  logger: {
    // A refused sign-in is an expected outcome, not an error worth a stack trace in the logs.
    error: (error) => {
      if (!(error instanceof CredentialsSignin))
        void requestLog().then((logger) => logger.error({ err: error }, 'Sign-in failed'));
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
    async signIn({ user, account, profile, email }) {
      // Every sign-in method passes here, so a disabled account is refused by each of them.
      // For company sign-in `user` is the linked account, or carries the company's e-mail.
      if (!(await mayStartSession(user))) return false;
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
    // `user` is there only at sign-in, by any provider: the moment a session record is made.
    async jwt({ token, user, trigger, session }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = (await startSession(user.id)) ?? undefined;
      }
      // A password change moves this browser to a fresh session (change-password.ts).
      if (trigger === 'update' && token.sub) {
        token.sid = (await sessionToMoveTo(token.sub, session)) ?? token.sid;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.sid === 'string') session.sessionToken = token.sid;
      return session;
    },
  },
  events: {
    // Sign-out ends the record too, so a copy of the cookie stops working with it.
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (typeof sid === 'string') await endSession(sid);
    },
  },
});
