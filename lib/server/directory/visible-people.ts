import 'server-only';
/**
 * The people a signed-in person can already see on the platform: everyone with a profile (the
 * page suggestions and requests show to others), apart from themselves and anyone either of
 * them has blocked. Deleted accounts keep no profile, so they are never here. Pickers of
 * other people (the manager field) choose only from these, so they reveal nothing new.
 */
import type { Prisma } from '@/lib/generated/prisma/client';

export function visiblePeople(viewerId: string): Prisma.UserWhereInput {
  return {
    id: { not: viewerId },
    profile: { isNot: null },
    blocks: { none: { blockedId: viewerId } },
    blockedBy: { none: { blockerId: viewerId } },
  };
}
