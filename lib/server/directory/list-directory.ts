import 'server-only';
/**
 * The names of every organisation and function, for the profile and career-step forms to
 * offer as people type.
 */
import { db } from '../db';

export async function listDirectory() {
  const [organisations, functions] = await Promise.all([
    db.organisation.findMany({ select: { name: true }, orderBy: { name: 'asc' } }),
    db.function.findMany({ select: { name: true }, orderBy: { name: 'asc' } }),
  ]);
  return {
    organisations: organisations.map((o) => o.name),
    functions: functions.map((f) => f.name),
  };
}
