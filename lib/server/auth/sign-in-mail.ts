import 'server-only';
/**
 * The e-mails of signing in. Each answers what happened to the address's owner, who is the
 * only one who reads it: the page that asked says the same thing whatever the answer was.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import { queueEmail } from '../email/outbox';
import { LINK_LIFETIME, issueSignInLink } from './sign-in-links';

type Tx = Prisma.TransactionClient;

const MINUTES = LINK_LIFETIME.requested / 60;
const IGNORE = 'If you did not ask for this, you can ignore this e-mail: nothing changes.';

/** "E-mail me a link", for an address with an account. */
export async function mailSignInLink(tx: Tx, email: string, next: string | null) {
  const href = await issueSignInLink(tx, {
    email,
    next,
    lifetimeSeconds: LINK_LIFETIME.requested,
  });
  await queueEmail(tx, {
    to: email,
    subject: 'Your sign-in link',
    button: 'Sign in',
    text: `Here is the link you asked for to sign in to Pathfinder. It works once, for ${MINUTES} minutes.\n\n${IGNORE}`,
    href,
  });
}

/** "E-mail me a link", for an address with no account: say so, and where to make one. */
export async function mailNoAccount(tx: Tx, email: string) {
  await queueEmail(tx, {
    to: email,
    subject: 'No Pathfinder account uses this address',
    text: `Someone asked for a link to sign in to Pathfinder with this address, but no account uses it. If it was you, you can create an account, or try the address your program wrote to.\n\n${IGNORE}`,
    href: '/sign-up',
    button: 'Create an account',
  });
}

/** A sign-up waiting for its owner: following the link makes the account. */
export async function mailConfirmSignUp(tx: Tx, email: string) {
  const href = await issueSignInLink(tx, {
    email,
    next: '/profile/edit?welcome=1',
    lifetimeSeconds: LINK_LIFETIME.requested,
  });
  await queueEmail(tx, {
    to: email,
    subject: 'Confirm your e-mail to finish signing up',
    button: 'Confirm and sign in',
    text: `Follow the link to confirm this address and finish creating your Pathfinder account. It works once, for ${MINUTES} minutes.\n\n${IGNORE}`,
    href,
  });
}

/** A sign-up for an address that has an account already: a way in instead. */
export async function mailAlreadyHaveAccount(tx: Tx, email: string) {
  const href = await issueSignInLink(tx, {
    email,
    next: null,
    lifetimeSeconds: LINK_LIFETIME.requested,
  });
  await queueEmail(tx, {
    to: email,
    subject: 'You already have a Pathfinder account',
    button: 'Sign in',
    text: `Someone tried to create a Pathfinder account with this address, which already has one. If it was you, follow the link to sign in (it works once, for ${MINUTES} minutes); you can set or change your password on your account page.\n\n${IGNORE}`,
    href,
  });
}

/** A program made an account for this person: their way in, to the program's welcome. */
export function programInvitation(input: {
  programId: string;
  programName: string;
  invitedBy: string;
}) {
  return {
    subject: `${input.programName} has invited you to Pathfinder`,
    text: `${input.invitedBy} added you to ${input.programName}, a mentoring and coaching program on Pathfinder, and filled in a profile for you from the program's records. Follow the link to sign in, check what it says, and see what happens next. The link works once, for ${LINK_LIFETIME.invitation / 86_400} days; after that, ask for a new one on the sign-in page. You can choose a password once you are in, if you want one.`,
    next: `/welcome/${input.programId}`,
    lifetimeSeconds: LINK_LIFETIME.invitation,
  };
}
