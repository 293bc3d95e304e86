import 'server-only';
/**
 * What Auth.js stores in PostgreSQL: the e-mail provider's one-time tokens and, for company
 * sign-in, linked accounts. Auth.js's Prisma adapter does the storing; two steps are ours:
 * a user is read with only the fields a session needs, and a new user comes from a sign-up
 * that its owner confirmed by following the e-mailed link (pending-sign-up.ts), from an open
 * invitation from outside to the address (a guest, lib/server/outside/guests.ts), or from the
 * company's identity provider, never from an address someone merely typed.
 */
import { PrismaAdapter } from '@auth/prisma-adapter';
import type { Adapter, AdapterUser } from 'next-auth/adapters';
import { db } from '../db';
import { env } from '../env';
import { claimPendingSignUp } from '../accounts/pending-sign-up';
import { claimGuestAccount } from '../outside/guests';

const SESSION_USER = { id: true, name: true, email: true, emailVerified: true } as const;

export function pathfinderAdapter(): Adapter {
  // The adapter's types name the default Prisma client; ours is generated elsewhere, same API.
  const prisma = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
  return {
    ...prisma,
    getUserByEmail: (email) =>
      db.user.findUnique({ where: { email: email.toLowerCase() }, select: SESSION_USER }),
    async createUser(user): Promise<AdapterUser> {
      const email = user.email.toLowerCase();
      // Company sign-in (an OpenID provider vouching for the address) brings a name with it;
      // an e-mail link brings only the address.
      if (user.name) return createCompanyMember(email, user.name);
      const claimed = await claimPendingSignUp(email);
      if (claimed) return claimed;
      const guest = await claimGuestAccount(email);
      if (guest) return guest;
      throw new Error('No confirmed sign-up for this address.');
    },
  };
}

/** A just-in-time account for someone the company's provider vouched for (sso-provider.ts). */
function createCompanyMember(email: string, name: string): Promise<AdapterUser> {
  return db.$transaction(async (tx) => {
    // A sign-up still waiting for its link was typed by someone who has not shown they read this
    // address's mail; its password must not come with an account the company has vouched for.
    await tx.pendingSignUp.deleteMany({ where: { email } });
    return tx.user.create({
      data: {
        name,
        email,
        emailVerified: new Date(),
        isPlatformAdmin: env().PLATFORM_ADMIN_EMAIL === email,
      },
      select: SESSION_USER,
    });
  });
}
