import 'server-only';
/**
 * Proof, at compile time only, that the goal visibilities the pages name
 * (lib/core/goals/visibility.ts) are the database's, value for value.
 */
import type { Assert, Same } from '@/lib/core/same-type';
import type { GoalVisibilityId } from '@/lib/core/goals/visibility';
import type * as Db from '@/lib/generated/prisma/enums';

export type GoalVisibilitiesMatch = Assert<Same<GoalVisibilityId, Db.GoalVisibility>>;
