/** /account/export.json: the caller's own data (handle.ts); 404 when signed out. */
import { actorRoute } from '@/lib/server/actions/actor-route';
import { exportOwnData } from './handle';

export const GET = actorRoute(exportOwnData);
