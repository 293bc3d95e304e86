/**
 * Reading the e-mail the app sent, as received by the test SMTP server: the tests follow the
 * links in it as a person would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { e2ePort, mailDropFile, type ReceivedMail } from './mail-drop';

function received(): ReceivedMail[] {
  const file = mailDropFile(e2ePort());
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ReceivedMail);
}

/**
 * The newest message to `to` (whose subject matches, if given), waiting for the worker to
 * deliver it; with the link it ends on.
 */
export async function mailTo(
  to: string,
  subject?: RegExp,
): Promise<ReceivedMail & { link: string }> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      () => {
        found = received()
          .filter((mail) => mail.to.includes(to.toLowerCase()))
          .filter((mail) => !subject || subject.test(mail.subject))
          .at(-1);
        return found !== undefined;
      },
      { message: `an e-mail to ${to}`, timeout: 30_000 },
    )
    .toBe(true);
  const mail = found!;
  const link = /Open it: (\S+)/.exec(mail.text)?.[1];
  if (!link) throw new Error(`no link in the e-mail "${mail.subject}"`);
  return { ...mail, link };
}
