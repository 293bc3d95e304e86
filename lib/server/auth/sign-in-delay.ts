import 'server-only';
/**
 * Growing delays for wrong passwords on one e-mail (SIGN_IN_DELAY in limits.ts), kept in
 * PostgreSQL so every app process agrees, and timed by the database's clock so that their
 * clocks need not. An attempt is counted as a failure before its password is checked, in the
 * same statement that checks the delay, so a burst of parallel guesses gets one try, not one
 * each; a right password then clears the count.
 */
import { db } from '../db';
import { AppError } from '../errors';
import { whenAgain } from '../rate-limit';
import { SIGN_IN_DELAY } from './limits';

/** Seconds the next attempt waits after this many failures in a row. */
export function delayAfter(failures: number): number {
  const { free, firstSeconds, capSeconds } = SIGN_IN_DELAY;
  if (failures <= free) return 0;
  return Math.min(capSeconds, firstSeconds * 2 ** Math.min(failures - free - 1, 30));
}

// failures -> seconds, as an array PostgreSQL indexes from 1; longer runs wait the cap.
const SCHEDULE = Array.from({ length: 40 }, (_, at) => delayAfter(at + 1));

/**
 * Takes one attempt on this e-mail, counted as failed until `clearFailures`; refuses, saying
 * when to come back, while the last failure's delay runs.
 */
export async function takeAttempt(email: string): Promise<void> {
  const { forgetAfterHours, capSeconds } = SIGN_IN_DELAY;
  const taken = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInFailure" AS f ("email", "failures", "lastFailedAt")
    VALUES (${email}, 1, now())
    ON CONFLICT ("email") DO UPDATE SET
      "failures" = CASE WHEN f."lastFailedAt" < now() - make_interval(hours => ${forgetAfterHours})
                        THEN 1 ELSE f."failures" + 1 END,
      "lastFailedAt" = now()
    WHERE f."lastFailedAt" < now() - make_interval(hours => ${forgetAfterHours})
       OR now() >= f."lastFailedAt" + make_interval(
            secs => COALESCE((${SCHEDULE}::int[])[f."failures"], ${capSeconds}))
    RETURNING "failures"`;
  if (taken.length) return;

  const [waiting] = await db.$queryRaw<{ ms: number }[]>`
    SELECT GREATEST(0, EXTRACT(EPOCH FROM (
      "lastFailedAt" + make_interval(secs => COALESCE((${SCHEDULE}::int[])["failures"], ${capSeconds}))
      - now())) * 1000)::float8 AS ms
    FROM "SignInFailure" WHERE "email" = ${email}`;
  throw new AppError(
    'RATE_LIMITED',
    `Too many wrong passwords for this account. Try again ${whenAgain(waiting?.ms ?? 1000)}.`,
  );
}

/** A right password: this e-mail starts again from nothing. */
export async function clearFailures(email: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { email } });
}
