import 'server-only';
/**
 * Ids for rows an import writes itself (bulk inserts skip Prisma's id default). Each is
 * unguessable (lib/node/random-id.ts): an earlier version shared one random prefix per import
 * and counted after it, so one goal id told a supporter the ids of all the others. In one
 * import they still sort in file order, so an export lists a person's career steps and goals
 * in the order the file gave them. Goals the file names by id keep that id (plan.ts matches
 * them), so importing an export again updates the same rows.
 */
import { orderedIdMaker } from '@/lib/node/random-id';

export function idMaker(): () => string {
  return orderedIdMaker();
}
