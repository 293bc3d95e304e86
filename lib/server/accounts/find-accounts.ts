import 'server-only';
/**
 * Accounts a platform admin looks for, by part of a name or an e-mail, with whether each is
 * disabled. Anyone else gets null, which the page shows as "not found". Deleted accounts are
 * left out: there is nothing left of them to disable.
 */
import type { z } from 'zod';
import type { findAccountsSchema } from '@/lib/validation/admin-accounts';
import type { Actor } from '../auth/session';
import { db } from '../db';

export const DELETED_EMAIL_DOMAIN = '@deleted.invalid';
const PAGE = 50;

export async function findAccounts({
  actor,
  input,
}: {
  actor: Actor;
  input: z.output<typeof findAccountsSchema>;
}) {
  if (!actor.isPlatformAdmin) return null;
  const words = input.query
    ? {
        OR: [
          { name: { contains: input.query, mode: 'insensitive' as const } },
          { email: { contains: input.query.toLowerCase() } },
        ],
      }
    : {};
  return db.user.findMany({
    where: { ...words, NOT: { email: { endsWith: DELETED_EMAIL_DOMAIN } } },
    select: { id: true, name: true, email: true, isPlatformAdmin: true, disabledAt: true },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    take: PAGE,
  });
}
