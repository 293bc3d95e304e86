import 'server-only';
/** A typed time read on its typist's clock, refused unless it exists and is still to come. */
import { instantFromWallTime } from '@/lib/core/meetings/wall-time';
import { AppError } from '../errors';

export function futureInstant(wall: string, zone: string, now: Date, field: string): Date {
  const instant = instantFromWallTime(wall, zone);
  if (!instant)
    throw new AppError(
      'INVALID',
      `That time does not exist in your time zone (${zone}): the clocks change then.`,
      field,
    );
  if (instant.getTime() <= now.getTime())
    throw new AppError('INVALID', 'Choose a time still to come.', field);
  return instant;
}
