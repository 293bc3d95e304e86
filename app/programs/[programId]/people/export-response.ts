import 'server-only';
/**
 * The download of a program's people, for the export route handlers: the file, or 404 for
 * anyone who does not run the program (signed out included), as if it did not exist.
 */
import { notFoundResponse, type RouteHandle } from '@/lib/server/actions/route-handle';
import { AppError } from '@/lib/server/errors';
import { exportPeople, exportPeopleCsv } from '@/lib/server/programs/import/export';

const TYPES = { json: 'application/json', csv: 'text/csv' } as const;

export function exportPeopleFile(format: keyof typeof TYPES): RouteHandle<{ programId: string }> {
  return async ({ actor, params: { programId } }) => {
    if (!actor) return notFoundResponse();
    try {
      const body =
        format === 'json'
          ? `${JSON.stringify(await exportPeople({ actor, programId }), null, 2)}\n`
          : await exportPeopleCsv({ actor, programId });
      return new Response(body, {
        headers: {
          'content-type': `${TYPES[format]}; charset=utf-8`,
          'content-disposition': `attachment; filename="program-${programId}-people.${format}"`,
          'cache-control': 'private, no-store',
        },
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return notFoundResponse();
      throw error;
    }
  };
}
