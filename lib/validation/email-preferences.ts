/** The e-mail choices form: one of "at once", "daily digest" or "off" for every kind. */
import { z } from 'zod';
import { EMAIL_FREQUENCIES, EMAIL_KINDS, type EmailKind } from '@/lib/core/email/kinds';

const frequency = z.enum(EMAIL_FREQUENCIES, { error: 'Choose how often to get these e-mails.' });

export const emailChoicesSchema = z.object(
  Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, frequency])) as Record<
    EmailKind,
    typeof frequency
  >,
);
