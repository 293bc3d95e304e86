import 'server-only';
/**
 * Auth.js's e-mail provider, used only to check a sign-in link and start its session. Links
 * are made and e-mailed by sign-in-links.ts, inside the transaction that calls for them; the
 * provider's own "send" step is refused in the signIn callback (auth.ts), so nothing reaches
 * an inbox without our limits and our words.
 */
import type { EmailConfig } from 'next-auth/providers';
import { EMAIL_PROVIDER_ID, LINK_LIFETIME } from './sign-in-links';

export function emailLinkProvider(): EmailConfig {
  return {
    id: EMAIL_PROVIDER_ID,
    type: 'email',
    name: 'E-mail link',
    // The longest a link can live; each link's own expiry is set when it is made.
    maxAge: LINK_LIFETIME.invitation,
    sendVerificationRequest() {
      throw new Error('Sign-in links are sent by sign-in-links.ts, not by Auth.js.');
    },
  };
}
