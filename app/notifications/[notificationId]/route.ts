/** /notifications/<id>: marks the caller's notification read and goes where it leads (handle.ts). */
import { actorRoute } from '@/lib/server/actions/actor-route';
import { openNotificationRoute } from './handle';

export const GET = actorRoute(openNotificationRoute);
