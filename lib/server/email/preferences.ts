import 'server-only';
/**
 * A person's own e-mail choices, per kind: read and written only for the caller (the query is
 * keyed by their id, so there is no one else's to reach). A kind with no row is "at once".
 */
import {
  DEFAULT_FREQUENCY,
  EMAIL_KINDS,
  type EmailFrequency,
  type EmailKind,
} from '@/lib/core/email/kinds';
import type { Actor } from '../auth/session';
import { db } from '../db';

export type EmailChoices = Record<EmailKind, EmailFrequency>;

export async function getEmailChoices({ actor }: { actor: Actor }): Promise<EmailChoices> {
  const rows = await db.emailPreference.findMany({
    where: { userId: actor.id },
    select: { kind: true, frequency: true },
  });
  const chosen = new Map(rows.map((row) => [row.kind, row.frequency]));
  return Object.fromEntries(
    EMAIL_KINDS.map((kind) => [kind, chosen.get(kind) ?? DEFAULT_FREQUENCY]),
  ) as EmailChoices;
}

export async function chooseEmails({
  actor,
  input,
}: {
  actor: Actor;
  input: EmailChoices;
}): Promise<void> {
  await db.$transaction(
    EMAIL_KINDS.map((kind) =>
      db.emailPreference.upsert({
        where: { userId_kind: { userId: actor.id, kind } },
        create: { userId: actor.id, kind, frequency: input[kind] },
        update: { frequency: input[kind] },
      }),
    ),
  );
}
