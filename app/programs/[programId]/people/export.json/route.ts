/** The program's people as the matching engine's JSON file, with e-mails; 404 for non-admins. */
import { exportResponse } from '../export-response';

export function GET(_request: Request, { params }: { params: Promise<{ programId: string }> }) {
  return exportResponse(params, 'json');
}
