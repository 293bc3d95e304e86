/** /programs/ID/audit/audit.csv: the program's audit log (handle.ts); 404 for non-admins. */
import { actorRoute } from '@/lib/server/actions/actor-route';
import { exportAuditCsv } from './handle';

export const GET = actorRoute(exportAuditCsv);
