import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmailFrequency, EmailKind } from '@/lib/core/email/kinds';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';
import { smtpInbox } from '@/test/email/smtp-inbox';
import { sendRequest } from '../connections/requests';
import { db } from '../db';
import { gatherDigests } from './digests';
import { deliverEmails } from './outbox';

const inbox = smtpInbox();
beforeAll(inbox.start);
afterAll(inbox.stop);

const HOSTILE = 'Zoë <img src=x onerror=alert(1)> & "co"';

async function choose(userId: string, kind: EmailKind, frequency: EmailFrequency) {
  await db.emailPreference.create({ data: { userId, kind, frequency } });
}

async function askFor(mentorId: string, name?: string) {
  const protege = await createProtege();
  const actor = name ? { ...protege.actor, name } : protege.actor;
  if (name) await db.user.update({ where: { id: actor.id }, data: { name } });
  await sendRequest({
    actor,
    input: { goalId: protege.goal.id, personId: mentorId, kind: 'MENTOR', note: NOTE },
  });
  return actor;
}

// Two days on, every reader's latest 07:00 is after the e-mails were queued.
const dayAfterTomorrow = () => new Date(Date.now() + 2 * 86_400_000);

describe('e-mails people read', () => {
  it('arrive as HTML with a plain-text alternative, a link, the footer, and escaped names', async () => {
    const mentor = await createSupporter();
    await askFor(mentor.id, HOSTILE);
    await deliverEmails({ smtpUrl: inbox.url() });
    const [mail] = inbox.to(mentor.email);
    expect(mail?.raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(mail?.raw).toMatch(/Content-Type: text\/plain/i);
    expect(mail?.raw).toMatch(/Content-Type: text\/html/i);
    const { html, text } = mail!.parsed;
    expect(text).toContain('Pathfinder');
    expect(text).toMatch(/Open it: http:\/\/\S+\/requests\//);
    expect(text).toMatch(/Change which e-mails you get: http:\/\/\S+\/account\/email/);
    expect(html).toMatch(/<a href="http:\/\/[^"]+\/requests\/[^"]+"/);
    expect(html).toMatch(/<a href="http:\/\/[^"]+\/account\/email"/);
    expect(html).toContain('Zoë &lt;img src=x onerror=alert(1)&gt; &amp; &quot;co&quot;');
    expect(html).not.toContain('<img');
    expect(html).toContain('dir="auto"');
  });

  it('are not sent for a kind its reader turned off', async () => {
    const mentor = await createSupporter();
    await choose(mentor.id, 'REQUESTS', 'OFF');
    await askFor(mentor.id);
    await deliverEmails({ smtpUrl: inbox.url() });
    await gatherDigests({ now: dayAfterTomorrow() });
    await deliverEmails({ smtpUrl: inbox.url() });
    expect(inbox.to(mentor.email)).toHaveLength(0);
    // The notification in the product stays.
    expect(await db.notification.count({ where: { userId: mentor.id } })).toBe(1);
  });

  it('wait for the daily digest, which sends both in one e-mail, once', async () => {
    const mentor = await createSupporter();
    await choose(mentor.id, 'REQUESTS', 'DAILY_DIGEST');
    const first = await askFor(mentor.id, 'First Asker');
    const second = await askFor(mentor.id, 'Second Asker');
    await deliverEmails({ smtpUrl: inbox.url() });
    expect(inbox.to(mentor.email)).toHaveLength(0);
    // Not due yet: today's 07:00 on the mentor's clock has not come since they were queued.
    await gatherDigests();
    await deliverEmails({ smtpUrl: inbox.url() });
    expect(inbox.to(mentor.email)).toHaveLength(0);
    // Two workers at once, then once more: one digest in all.
    await Promise.all([
      gatherDigests({ now: dayAfterTomorrow() }),
      gatherDigests({ now: dayAfterTomorrow() }),
    ]);
    await gatherDigests({ now: dayAfterTomorrow() });
    await Promise.all([
      deliverEmails({ smtpUrl: inbox.url() }),
      deliverEmails({ smtpUrl: inbox.url() }),
    ]);
    const mails = inbox.to(mentor.email);
    expect(mails).toHaveLength(1);
    const { subject, text, html } = mails[0]!.parsed;
    expect(subject).toBe('Your Pathfinder digest: 2 updates');
    for (const asker of [first, second]) {
      expect(text).toContain(asker.name);
      expect(html).toContain(asker.name);
    }
    expect(text?.match(/Open it: http:\/\/\S+\/requests\//g)).toHaveLength(2);
    expect(html).toMatch(/<a href="http:\/\/[^"]+\/account\/email"/);
    await gatherDigests({ now: new Date(Date.now() + 3 * 86_400_000) });
    await deliverEmails({ smtpUrl: inbox.url() });
    expect(inbox.to(mentor.email)).toHaveLength(1);
  });
});
