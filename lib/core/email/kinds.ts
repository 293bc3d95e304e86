/**
 * The kinds of e-mail a person chooses how often to get, and the choices, as plain unions the
 * pages may import (lib/server/email/statuses.ts proves they are the database's enums).
 * Sign-in and security e-mails are no kind: they always go at once, and are not offered.
 */
export const EMAIL_KINDS = ['REQUESTS', 'MESSAGES', 'MEETINGS', 'REMINDERS'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export const EMAIL_FREQUENCIES = ['AT_ONCE', 'DAILY_DIGEST', 'OFF'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];

/** No choice made: at once, as before people could choose. */
export const DEFAULT_FREQUENCY: EmailFrequency = 'AT_ONCE';

export const KIND_WORDS: Record<EmailKind, { label: string; hint: string }> = {
  REQUESTS: {
    label: 'Requests and replies',
    hint: 'Someone asks for your help, answers your request, or a relationship starts or ends.',
  },
  MESSAGES: { label: 'Messages', hint: 'Messages and check-ins in your relationships.' },
  MEETINGS: {
    label: 'Meetings',
    hint: 'Times offered, picked, moved or cancelled. Calendar invitations always come at once unless this is off.',
  },
  REMINDERS: { label: 'Reminders', hint: 'A request still waiting for your answer.' },
};

export const FREQUENCY_WORDS: Record<EmailFrequency, string> = {
  AT_ONCE: 'At once',
  DAILY_DIGEST: 'Daily digest',
  OFF: 'Off',
};
