/** /programs/ID/runs/RUN/proposals.csv: a run's proposals (handle.ts); 404 for non-admins. */
import { actorRoute } from '@/lib/server/actions/actor-route';
import { exportProposalsCsv } from './handle';

export const GET = actorRoute(exportProposalsCsv);
