/** /programs/ID/health/NAME.csv: one dashboard table (handle.ts); 404 for non-admins. */
import { actorRoute } from '@/lib/server/actions/actor-route';
import { exportHealthTable } from './handle';

export const GET = actorRoute(exportHealthTable);
