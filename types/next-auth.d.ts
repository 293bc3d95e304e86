import 'next-auth';

declare module 'next-auth' {
  interface Session {
    user: { id: string; name?: string | null; email?: string | null };
    /**
     * The token of the session's server-side record (lib/server/auth/session-record.ts). No
     * secret on its own: it signs nobody in outside a JWT sealed with AUTH_SECRET.
     */
    sessionToken?: string;
  }
}
