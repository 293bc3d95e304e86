/** The program's people as the matching engine's JSON file, with e-mails; 404 for non-admins. */
import { actorRoute } from '@/lib/server/actions/actor-route';
import { exportPeopleFile } from '../export-response';

export const GET = actorRoute(exportPeopleFile('json'));
