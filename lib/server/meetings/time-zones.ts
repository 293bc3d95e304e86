import 'server-only';
/**
 * Each person's time zone, from their profile: times are typed and read on the person's own
 * clock. Someone without a profile (or with a zone the runtime does not know) reads UTC.
 */
import { knownZone } from '@/lib/core/meetings/wall-time';
import type { Tx } from '../connections/transaction';
import { db } from '../db';

type Reader = Pick<Tx | typeof db, 'profile'>;

export async function timeZonesOf(
  userIds: string[],
  client: Reader = db,
): Promise<Map<string, string>> {
  const profiles = await client.profile.findMany({
    where: { userId: { in: userIds } },
    select: { userId: true, timezone: true },
  });
  const zones = new Map(profiles.map((profile) => [profile.userId, knownZone(profile.timezone)]));
  return new Map(userIds.map((id) => [id, zones.get(id) ?? 'UTC']));
}
