import 'server-only';
/**
 * Organisations and functions are named by people as they fill in profiles. A name that
 * matches an existing one, ignoring case and spacing, reuses it, so "finance" and "Finance"
 * are one function.
 */
import type { Prisma } from '@/lib/generated/prisma/client';

type Tx = Prisma.TransactionClient;

const tidy = (name: string) => name.trim().replace(/\s+/g, ' ');

export async function organisationIdFor(tx: Tx, name: string): Promise<string> {
  const existing = await tx.organisation.findFirst({
    where: { name: { equals: tidy(name), mode: 'insensitive' } },
  });
  if (existing) return existing.id;
  return (
    await tx.organisation.upsert({
      where: { name: tidy(name) },
      create: { name: tidy(name) },
      update: {},
    })
  ).id;
}

export async function functionIdFor(tx: Tx, name: string): Promise<string> {
  const existing = await tx.function.findFirst({
    where: { name: { equals: tidy(name), mode: 'insensitive' } },
  });
  if (existing) return existing.id;
  return (
    await tx.function.upsert({
      where: { name: tidy(name) },
      create: { name: tidy(name) },
      update: {},
    })
  ).id;
}
