import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRequest } from '../connections/requests';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';
import { db } from '../db';
import { createActor } from '@/scripts/support/actors';
import { smtpInbox } from '@/test/email/smtp-inbox';
import { deliverEmails, listMailbox, queueEmail } from './outbox';

const inbox = smtpInbox();
const received = inbox.received;
let smtpUrl = '';

beforeAll(async () => {
  await inbox.start();
  smtpUrl = inbox.url();
});
afterAll(inbox.stop);

async function requestTo() {
  const protege = await createProtege();
  const mentor = await createSupporter();
  await sendRequest({
    actor: protege.actor,
    input: { goalId: protege.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
  });
  return { protege, mentor };
}

describe('e-mail', () => {
  it('is sent through a real SMTP server, once, with a link back', async () => {
    const { protege, mentor } = await requestTo();
    const first = await deliverEmails({ smtpUrl });
    expect(first.sent).toBe(1);
    const mine = received.filter((m) => m.to.includes(mentor.email));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.raw).toContain('Subject: Someone asks for your help');
    expect(mine[0]?.raw).toContain(`${protege.actor.name} asks whether you would be their mentor`);
    expect(mine[0]?.raw).toMatch(/Open it: http:\/\/\S+\/requests\//);
    // Delivered messages are never sent again.
    await deliverEmails({ smtpUrl });
    expect(received.filter((m) => m.to.includes(mentor.email))).toHaveLength(1);
    expect(await db.emailMessage.count({ where: { to: mentor.email, status: 'SENT' } })).toBe(1);
  });

  it('is held for the in-app mailbox when no SMTP server is configured', async () => {
    const { mentor } = await requestTo();
    const outcome = await deliverEmails({ smtpUrl: '' });
    expect(outcome.held).toBe(1);
    const admin = { isPlatformAdmin: true };
    const mailbox = await listMailbox({ actor: admin });
    expect(mailbox?.some((m) => m.to === mentor.email && m.status === 'HELD')).toBe(true);
    // Only platform admins may read it.
    const someone = await createActor();
    expect(await listMailbox({ actor: someone })).toBeNull();
  });

  it('is taken again when the worker that took it died mid-send', async () => {
    const lost = await db.emailMessage.create({
      data: {
        to: 'left-behind@example.test',
        subject: 'Left behind',
        text: 'A message whose worker died.',
        status: 'SENDING',
        attempts: 1,
        claimedAt: new Date(Date.now() - 60 * 60 * 1000),
      },
    });
    const fresh = await db.emailMessage.create({
      data: {
        to: 'in-flight@example.test',
        subject: 'In flight',
        text: 'Being sent right now.',
        status: 'SENDING',
        attempts: 1,
        claimedAt: new Date(),
      },
    });
    await deliverEmails({ smtpUrl });
    expect(received.filter((m) => m.to.includes('left-behind@example.test'))).toHaveLength(1);
    expect((await db.emailMessage.findUniqueOrThrow({ where: { id: lost.id } })).status).toBe(
      'SENT',
    );
    // One taken a moment ago is another worker's, still at work: left alone.
    expect((await db.emailMessage.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe(
      'SENDING',
    );
  });

  it('is delivered once even when several workers run at the same moment', async () => {
    const { mentor } = await requestTo();
    await Promise.all(Array.from({ length: 4 }, () => deliverEmails({ smtpUrl })));
    expect(received.filter((m) => m.to.includes(mentor.email))).toHaveLength(1);
  });

  it('carries a calendar invitation as calendar apps look for it, method and all', async () => {
    const calendar = 'BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n';
    await db.$transaction((tx) =>
      queueEmail(tx, {
        to: 'invited@example.test',
        subject: 'Meeting cancelled',
        text: 'It is off.',
        href: '/',
        calendar,
      }),
    );
    await deliverEmails({ smtpUrl });
    const [mail] = received.filter((m) => m.to.includes('invited@example.test'));
    expect(mail?.raw).toContain('Content-Type: text/calendar; charset=utf-8; method=CANCEL');
    expect(mail?.raw).toContain('filename=invitation.ics');
    // Beside the invitation, the message itself as HTML with its text alternative.
    expect(mail?.raw).toMatch(/Content-Type: text\/html/i);
    expect(mail?.raw).toMatch(/Content-Type: text\/plain/i);
  });
});
