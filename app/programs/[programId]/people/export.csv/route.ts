/** The program's people in the import's CSV layout; 404 for non-admins. */
import { exportResponse } from '../export-response';

export function GET(_request: Request, { params }: { params: Promise<{ programId: string }> }) {
  return exportResponse(params, 'csv');
}
