/**
 * Everything about a person or a goal that fit needs, worked out once per file: reporting-line
 * ancestors, languages, UTC offset, parsed career steps, topic bags, the triage's verdict. After
 * this, scoring one pair is set lookups and one cosine, which is what lets a goal be scored
 * against thousands of supporters. A file is prepared as a pool of its people and then its
 * goals (prepare-pool.ts), the same two steps a kept supporter pool takes.
 */
import type { PeopleFile } from '@/lib/core/matching/people-file';
import { preparePool, prepareWithPool } from './prepare-pool';
import type { PreparedFile } from './prepared';

export type { PreparedFile, PreparedGoal, PreparedPerson } from './prepared';
export { prepareGoal } from './prepare-goal';
export {
  poolCovers,
  preparePool,
  prepareWithPool,
  zoneOffsets,
  type PreparedPool,
} from './prepare-pool';

export function prepareFile(file: PeopleFile, referenceDate: Date): PreparedFile {
  return prepareWithPool(
    preparePool(file.people, referenceDate),
    { people: [], goals: file.goals },
    referenceDate,
  );
}
