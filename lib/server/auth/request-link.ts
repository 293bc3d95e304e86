import 'server-only';
/**
 * "E-mail me a sign-in link". The answer is the same for every address; the e-mail, read only
 * by the address's owner, says whether there is an account. The link always works for an
 * owner, however many wrong passwords others have tried on their account.
 */
import { db } from '../db';
import { deliverSoon } from '../email/deliver-soon';
import { consume } from '../rate-limit';
import { LINK_MAILS_PER_ADDRESS, LINK_MAILS_PER_EMAIL } from './limits';
import { mailNoAccount, mailSignInLink } from './sign-in-mail';

export async function requestSignInLink(input: {
  email: string;
  next: string | null;
  address: string;
}): Promise<void> {
  const email = input.email.toLowerCase();
  await consume(LINK_MAILS_PER_ADDRESS, [input.address], 'e-mails asked for from your network');
  await consume(LINK_MAILS_PER_EMAIL, [email], 'e-mails asked for this address');
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (user) await mailSignInLink(tx, email, input.next);
    else await mailNoAccount(tx, email);
  });
  await deliverSoon();
}
