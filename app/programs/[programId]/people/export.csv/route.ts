/** The program's people in the import's CSV layout; 404 for non-admins. */
import { actorRoute } from '@/lib/server/actions/actor-route';
import { exportPeopleFile } from '../export-response';

export const GET = actorRoute(exportPeopleFile('csv'));
