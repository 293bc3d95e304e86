/**
 * `npm run build`: the production build, and the standalone output completed from it, the one
 * build that `npm start`, the tests and the container image all run.
 */
import { buildNext } from './app/next-process';

if (!(await buildNext(process.env))) process.exit(1);
