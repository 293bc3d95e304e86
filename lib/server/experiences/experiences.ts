import 'server-only';
/**
 * A person's career steps. Every query is scoped to the caller's own rows, so another
 * person's step is simply not found.
 */
import type { ExperienceKind } from '@/lib/generated/prisma/client';
import type { ExperienceInput } from '@/lib/validation/profile';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { functionIdFor } from '../directory/find-or-create';
import { notFound } from '../errors';

const ownedBy = (actor: Actor) => ({ userId: actor.id });

export function listOwnExperiences({ actor }: { actor: Actor }) {
  return db.experience.findMany({
    where: ownedBy(actor),
    include: { function: { select: { name: true } } },
    orderBy: [{ startYear: 'desc' }, { createdAt: 'desc' }],
  });
}

export async function addExperience({ actor, input }: { actor: Actor; input: ExperienceInput }) {
  return db.$transaction(async (tx) =>
    tx.experience.create({
      data: {
        userId: actor.id,
        title: input.title,
        level: input.level,
        functionId: await functionIdFor(tx, input.function),
        organisation: input.organisation,
        country: input.country,
        kind: input.kind as ExperienceKind,
        startYear: input.startYear,
        endYear: input.endYear ?? null,
        description: input.description,
      },
      select: { id: true },
    }),
  );
}

export async function deleteExperience({ actor, input }: { actor: Actor; input: { id: string } }) {
  const { count } = await db.experience.deleteMany({ where: { id: input.id, ...ownedBy(actor) } });
  if (count === 0) throw notFound('career step');
}
