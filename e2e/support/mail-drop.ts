/**
 * Where the browser tests' SMTP server (scripts/app/test-mail-server.ts) writes what it
 * receives: one JSON line per message, one file per test server port. Shared by that server
 * and the tests that read the mail.
 */
import path from 'node:path';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  /** The HTML alternative, when the message has one. */
  html?: string | null;
  /** The iCalendar text of an invitation sent with it, if any. */
  calendar?: string | null;
  /** Names of the files attached. */
  files?: string[];
}

export const e2ePort = () => Number(process.env.E2E_PORT ?? 3100);

/** The test SMTP server listens next to the app. */
export const mailPort = (appPort: number) => appPort + 2;

export const mailDropFile = (appPort: number) =>
  path.resolve(import.meta.dirname, `../../.data/e2e-mail-${appPort}.jsonl`);
