import 'server-only';
/**
 * Sign-in links. A link carries a one-time token; its hash is kept in PostgreSQL as an Auth.js
 * verification token, and Auth.js's e-mail provider (email-provider.ts) checks it, deletes it
 * and starts the session when the link is followed. The links are made here rather than by
 * Auth.js's own "send" step so that they can be queued with the change that calls for them
 * (an import, a sign-up) in one transaction, and live as long as their purpose needs.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Prisma } from '@/lib/generated/prisma/client';
import { returnPath } from '@/lib/core/auth/return-path';
import { env } from '../env';
import { siteOrigin } from '../site-origin';

type Tx = Prisma.TransactionClient;

export const EMAIL_PROVIDER_ID = 'email';

/** How long a link works: long enough to read the e-mail, short enough that old mail is inert. */
export const LINK_LIFETIME = {
  /** Asked for on the sign-in page, or to finish a sign-up. */
  requested: 30 * 60,
  /** In a program's invitation, which people may open days later. */
  invitation: 14 * 24 * 60 * 60,
} as const;

/** The hash Auth.js compares with: SHA-256 of the token followed by the secret, in hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(`${token}${env().AUTH_SECRET}`).digest('hex');
}

/**
 * Makes a single-use link that signs `email` in and lands on `next` (a local path; anything
 * else lands on the home page).
 */
export async function issueSignInLink(tx: Tx, input: LinkInput): Promise<string> {
  const link = makeSignInLink(input);
  await tx.verificationToken.create({ data: link.stored });
  return link.url;
}

export interface LinkInput {
  email: string;
  next?: string | null;
  lifetimeSeconds: number;
}

/** A link and the row that makes it work, for callers that store many at once (imports). */
export function makeSignInLink(input: LinkInput) {
  const token = randomBytes(32).toString('hex');
  const email = input.email.toLowerCase();
  const url = new URL(`/api/auth/callback/${EMAIL_PROVIDER_ID}`, siteOrigin());
  url.search = new URLSearchParams({
    callbackUrl: new URL(returnPath(input.next) ?? '/', siteOrigin()).toString(),
    token,
    email,
  }).toString();
  return {
    url: url.toString(),
    stored: {
      identifier: email,
      token: hashToken(token),
      expires: new Date(Date.now() + input.lifetimeSeconds * 1000),
    },
  };
}

/** Expired links are useless; clearing them keeps the table to what can still be used. */
export async function deleteExpiredLinks(tx: Tx): Promise<number> {
  const { count } = await tx.verificationToken.deleteMany({
    where: { expires: { lt: new Date() } },
  });
  return count;
}
