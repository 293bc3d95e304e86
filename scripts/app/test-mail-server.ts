/**
 * A real SMTP server for the browser tests: the app delivers its e-mail here as it would to a
 * company's mail server, and each message, parsed, goes to a file the tests read
 * (e2e/support/mail.ts). Never part of the product.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { ReceivedMail } from '../../e2e/support/mail-drop';

export async function startTestMailServer(port: number, file: string): Promise<SMTPServer> {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '');
  const server = new SMTPServer({
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: parsed.html || null,
            // A calendar invitation travels as a text/calendar alternative of the message.
            calendar:
              parsed.attachments
                .find((part) => part.contentType === 'text/calendar')
                ?.content.toString('utf8') ?? null,
            files: parsed.attachments.flatMap((part) => (part.filename ? [part.filename] : [])),
          };
          appendFileSync(file, `${JSON.stringify(mail)}\n`);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
