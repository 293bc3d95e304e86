import 'server-only';
import type { ProfileInput } from '@/lib/validation/profile';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { functionIdFor, organisationIdFor } from '../directory/find-or-create';
import { resolveManager } from './resolve-manager';

/**
 * Creates or updates the caller's own profile; there is no way to name another user's. A
 * guest invited from outside who saves one becomes a member, with all a member may do.
 */
export async function saveProfile({ actor, input }: { actor: Actor; input: ProfileInput }) {
  const managerId = input.managerId ? await resolveManager(actor.id, input.managerId) : null;
  const offersHelp = input.offers !== 'NONE';
  const coaches = input.offers === 'COACHING' || input.offers === 'BOTH';
  await db.$transaction(async (tx) => {
    const data = {
      organisationId: await organisationIdFor(tx, input.organisation),
      functionId: await functionIdFor(tx, input.function),
      jobTitle: input.jobTitle,
      level: input.level,
      yearsExperience: input.yearsExperience,
      country: input.country,
      timezone: input.timezone,
      languages: input.languages,
      skills: input.skills,
      bio: input.bio,
      managerId,
      offers: input.offers,
      // Capacity and coaching areas mean nothing for someone who offers no help.
      capacity: offersHelp ? input.capacity : 0,
      coachingAreas: coaches ? input.coachingAreas : [],
      hidePastEmployers: input.hidePastEmployers,
      hideFromSuggestions: input.hideFromSuggestions,
    };
    await tx.profile.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, ...data },
      update: data,
    });
    await tx.user.updateMany({ where: { id: actor.id, kind: 'GUEST' }, data: { kind: 'MEMBER' } });
  });
}
